using System.Globalization;
using System.Text;
using System.Text.Json;
using Platform.Blogging.Import.Foreign;

namespace Platform.Blogging.Import.Ghost;

/// <summary>
/// Turns a Ghost <c>mobiledoc</c> document (version 0.3) into a Markdown body. Markdown cards are kept as they were
/// written; paragraphs, headings, quotes and lists become Markdown with their text escaped (links and inline formats
/// as inline HTML, which cannot be misread); image, code, divider, HTML, embed and bookmark cards are converted. A card
/// of another kind (gallery, video, callout, ...) has no faithful Markdown form: it is named in
/// <see cref="MobiledocResult.UnsupportedCards"/> so the caller can fall back to Ghost's HTML.
/// </summary>
internal static class MobiledocConverter
{
    private const int MarkupSection = 1;
    private const int ImageSection = 2;
    private const int ListSection = 3;
    private const int CardSection = 10;

    /// <summary>Converts <paramref name="mobiledoc"/>; null when it is not a readable mobiledoc document.</summary>
    public static MobiledocResult? Convert(string mobiledoc)
    {
        ArgumentNullException.ThrowIfNull(mobiledoc);
        try
        {
            using var document = JsonDocument.Parse(mobiledoc, new JsonDocumentOptions { MaxDepth = 64 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("sections", out var sections) || sections.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var state = new Document(Array(root, "markups"), Array(root, "atoms"), Array(root, "cards"));
            var blocks = new List<string>();
            foreach (var section in sections.EnumerateArray())
            {
                if (Section(section, state) is { Length: > 0 } block)
                {
                    blocks.Add(block);
                }
            }

            return new MobiledocResult(blocks.Count == 0 ? "" : string.Join("\n\n", blocks) + "\n", state.Unsupported, state.Html.ToString());
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or IndexOutOfRangeException or KeyNotFoundException or FormatException)
        {
            return null;
        }
    }

    private static JsonElement[] Array(JsonElement root, string name) =>
        root.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? [.. list.EnumerateArray()] : [];

    private static string Section(JsonElement section, Document state)
    {
        switch (section[0].GetInt32())
        {
            case MarkupSection:
                var tag = section[1].GetString()?.ToLowerInvariant() ?? "p";
                var text = Inline(section[2], state);
                return text.Length == 0 ? "" : tag switch
                {
                    ['h', >= '1' and <= '6'] => new string('#', tag[1] - '0') + " " + text,
                    "blockquote" or "aside" or "pull-quote" => "> " + text,
                    _ => text,
                };
            case ImageSection:
                return section[1].GetString() is { Length: > 0 } src ? $"<img src=\"{HtmlEscape.Attribute(src)}\" alt=\"\">" : "";
            case ListSection:
                var ordered = string.Equals(section[1].GetString(), "ol", StringComparison.OrdinalIgnoreCase);
                var items = section[2].EnumerateArray().Select((item, i) => (ordered ? string.Create(CultureInfo.InvariantCulture, $"{i + 1}. ") : "- ") + Inline(item, state));
                return string.Join("\n", items);
            case CardSection:
                return Card(state.Cards[section[1].GetInt32()], state);
            default:
                state.Unsupported.Add("section " + section[0].GetRawText());
                return "";
        }
    }

    /// <summary>Markers to one line of Markdown: text escaped, markups as inline HTML, soft returns as <c>&lt;br&gt;</c>.</summary>
    private static string Inline(JsonElement markers, Document state)
    {
        var line = new StringBuilder();
        var open = new Stack<string>();
        foreach (var marker in markers.EnumerateArray())
        {
            foreach (var index in marker[1].EnumerateArray())
            {
                var (start, end) = Markup(state.Markups[index.GetInt32()]);
                line.Append(start);
                open.Push(end);
            }

            var value = marker[0].GetInt32() == 1 ? Atom(state.Atoms[marker[3].GetInt32()]) : Text(marker[3].GetString() ?? "", line.Length == 0);
            line.Append(value);
            for (var closed = marker[2].GetInt32(); closed > 0 && open.Count > 0; closed--)
            {
                line.Append(open.Pop());
            }
        }

        while (open.Count > 0)
        {
            line.Append(open.Pop());
        }

        return line.ToString().Trim();
    }

    private static string Text(string text, bool lineStart) =>
        string.Join("<br>", text.Split('\n').Select((part, i) => MarkdownText.Escape(part, lineStart && i == 0)));

    private static string Atom(JsonElement atom) =>
        atom[0].GetString() == "soft-return" ? "<br>" : MarkdownText.Escape(atom[1].GetString() ?? "", lineStart: false);

    private static (string Start, string End) Markup(JsonElement markup)
    {
        var tag = markup[0].GetString()?.ToLowerInvariant();
        switch (tag)
        {
            case "a":
                var href = "";
                if (markup.GetArrayLength() > 1)
                {
                    var attributes = markup[1].EnumerateArray().Select(a => a.GetString() ?? "").ToArray();
                    for (var i = 0; i + 1 < attributes.Length; i += 2)
                    {
                        if (attributes[i] == "href")
                        {
                            href = attributes[i + 1];
                        }
                    }
                }

                return ($"<a href=\"{HtmlEscape.Attribute(href)}\">", "</a>");
            case "b" or "strong":
                return ("<strong>", "</strong>");
            case "i" or "em":
                return ("<em>", "</em>");
            case "s" or "strike" or "del":
                return ("<s>", "</s>");
            case "code" or "u" or "sup" or "sub" or "mark":
                return ($"<{tag}>", $"</{tag}>");
            default:
                return ("", "");
        }
    }

    private static string Card(JsonElement card, Document state)
    {
        var name = card[0].GetString() ?? "";
        var payload = card.GetArrayLength() > 1 && card[1].ValueKind == JsonValueKind.Object ? card[1] : default;
        string? Field(string key) => payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        switch (name)
        {
            case "markdown" or "card-markdown":
                return (Field("markdown") ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n');
            case "html":
                state.Html.Append(Field("html"));
                return HtmlBody.FromHtml(Field("html") ?? "").TrimEnd('\n');
            case "image":
                return Field("src") is { Length: > 0 } src ? HtmlBody.FromHtml(Figure(src, Field("alt"), Field("caption"))).TrimEnd('\n') : "";
            case "code":
                return MarkdownText.Fence(Field("code") ?? "", Field("language"));
            case "hr":
                return "---";
            case "embed":
                state.Html.Append(Field("html"));
                var link = Field("url") is { Length: > 0 } url ? $"<p><a href=\"{HtmlEscape.Attribute(url)}\">{HtmlEscape.Text(url)}</a></p>" : "";
                return HtmlBody.FromHtml((Field("html") ?? "") + link).TrimEnd('\n');
            case "bookmark":
                return Field("url") is { Length: > 0 } target ? HtmlBody.FromHtml(Bookmark(target, payload)).TrimEnd('\n') : "";
            case "paywall":
                // The members-only divider: posts behind it are imported as drafts (see GhostPostConverter).
                return "";
            default:
                state.Unsupported.Add(name);
                return "";
        }
    }

    internal static string Figure(string src, string? alt, string? captionHtml) =>
        $"<figure><img src=\"{HtmlEscape.Attribute(src)}\" alt=\"{HtmlEscape.Attribute(alt ?? "")}\">"
        + (string.IsNullOrWhiteSpace(captionHtml) ? "" : $"<figcaption>{captionHtml}</figcaption>")
        + "</figure>";

    private static string Bookmark(string url, JsonElement payload)
    {
        var title = payload.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
            && metadata.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return $"<p><a href=\"{HtmlEscape.Attribute(url)}\">{HtmlEscape.Text(string.IsNullOrWhiteSpace(title) ? url : title)}</a></p>";
    }

    /// <summary>The document's tables, the cards found that have no Markdown form, and the raw HTML of its cards.</summary>
    private sealed record Document(JsonElement[] Markups, JsonElement[] Atoms, JsonElement[] Cards)
    {
        public List<string> Unsupported { get; } = [];

        public StringBuilder Html { get; } = new();
    }
}
