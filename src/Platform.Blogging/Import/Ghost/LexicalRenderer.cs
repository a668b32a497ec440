using System.Text;
using System.Text.Json;
using Platform.Blogging.Content;
using Platform.Blogging.Import.Foreign;

namespace Platform.Blogging.Import.Ghost;

/// <summary>
/// Renders a Ghost <c>lexical</c> document to HTML, for posts whose export has no <c>html</c>. Paragraphs, headings,
/// quotes, lists, text formats, links, line breaks and dividers are rendered, as are the image, code, Markdown, HTML,
/// embed and bookmark cards. Other nodes are named in <see cref="LexicalResult.Unsupported"/>; their text, if any, is
/// kept.
/// </summary>
internal static class LexicalRenderer
{
    private const int Bold = 1;
    private const int Italic = 2;
    private const int Strikethrough = 4;
    private const int Underline = 8;
    private const int Code = 16;
    private const int Subscript = 32;
    private const int Superscript = 64;
    private const int Highlight = 128;

    /// <summary>Renders <paramref name="lexical"/>; null when it is not a readable lexical document.</summary>
    public static LexicalResult? Render(string lexical)
    {
        ArgumentNullException.ThrowIfNull(lexical);
        try
        {
            using var document = JsonDocument.Parse(lexical, new JsonDocumentOptions { MaxDepth = 64 });
            if (!document.RootElement.TryGetProperty("root", out var root) || root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var html = new StringBuilder();
            var unsupported = new List<string>();
            foreach (var node in Children(root))
            {
                Block(node, html, unsupported);
            }

            return new LexicalResult(html.ToString(), unsupported);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return null;
        }
    }

    private static JsonElement[] Children(JsonElement node) =>
        node.TryGetProperty("children", out var children) && children.ValueKind == JsonValueKind.Array ? [.. children.EnumerateArray()] : [];

    private static string Type(JsonElement node)
    {
        var type = Text(node, "type") ?? "";
        return type.StartsWith("extended-", StringComparison.Ordinal) ? type["extended-".Length..] : type;
    }

    private static string? Text(JsonElement node, string name) =>
        node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static void Block(JsonElement node, StringBuilder html, List<string> unsupported)
    {
        switch (Type(node))
        {
            case "paragraph":
                html.Append("<p>").Append(Inline(node, unsupported)).Append("</p>\n");
                break;
            case "heading":
                var tag = Text(node, "tag") is ['h', >= '1' and <= '6'] heading ? heading : "h2";
                html.Append('<').Append(tag).Append('>').Append(Inline(node, unsupported)).Append("</").Append(tag).Append(">\n");
                break;
            case "quote" or "aside":
                html.Append("<blockquote>").Append(Inline(node, unsupported)).Append("</blockquote>\n");
                break;
            case "list":
                List(node, html, unsupported);
                break;
            case "horizontalrule":
                html.Append("<hr>\n");
                break;
            case "image":
                if (Text(node, "src") is { Length: > 0 } src)
                {
                    html.Append(MobiledocConverter.Figure(src, Text(node, "alt"), Text(node, "caption"))).Append('\n');
                }

                break;
            case "codeblock":
                var language = Text(node, "language") is { Length: > 0 } lang ? $" class=\"language-{HtmlEscape.Attribute(lang)}\"" : "";
                html.Append("<pre><code").Append(language).Append('>').Append(HtmlEscape.Text(Text(node, "code") ?? "")).Append("</code></pre>\n");
                break;
            case "markdown":
                html.Append(MarkdownRenderer.ToHtml(Text(node, "markdown") ?? "")).Append('\n');
                break;
            case "html":
                html.Append(Text(node, "html")).Append('\n');
                break;
            case "embed":
                html.Append(Text(node, "html"));
                if (Text(node, "url") is { Length: > 0 } url)
                {
                    html.Append("<p><a href=\"").Append(HtmlEscape.Attribute(url)).Append("\">").Append(HtmlEscape.Text(url)).Append("</a></p>");
                }

                html.Append('\n');
                break;
            case "bookmark":
                if (Text(node, "url") is { Length: > 0 } target)
                {
                    var title = node.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object ? Text(metadata, "title") : null;
                    html.Append("<p><a href=\"").Append(HtmlEscape.Attribute(target)).Append("\">")
                        .Append(HtmlEscape.Text(string.IsNullOrWhiteSpace(title) ? target : title)).Append("</a></p>\n");
                }

                break;
            case var other:
                unsupported.Add(other.Length == 0 ? "(untyped)" : other);
                var text = Inline(node, unsupported);
                if (text.Length > 0)
                {
                    html.Append("<p>").Append(text).Append("</p>\n");
                }

                break;
        }
    }

    private static void List(JsonElement node, StringBuilder html, List<string> unsupported)
    {
        var tag = Text(node, "listType") == "number" || Text(node, "tag") == "ol" ? "ol" : "ul";
        html.Append('<').Append(tag).Append(">\n");
        foreach (var item in Children(node))
        {
            html.Append("<li>");
            foreach (var child in Children(item))
            {
                if (Type(child) == "list")
                {
                    List(child, html, unsupported);
                }
                else
                {
                    InlineNode(child, html, unsupported);
                }
            }

            html.Append("</li>\n");
        }

        html.Append("</").Append(tag).Append(">\n");
    }

    private static string Inline(JsonElement node, List<string> unsupported)
    {
        var html = new StringBuilder();
        foreach (var child in Children(node))
        {
            InlineNode(child, html, unsupported);
        }

        return html.ToString();
    }

    private static void InlineNode(JsonElement node, StringBuilder html, List<string> unsupported)
    {
        switch (Type(node))
        {
            case "text":
                html.Append(Formatted(HtmlEscape.Text(Text(node, "text") ?? ""), node.TryGetProperty("format", out var f) && f.TryGetInt32(out var format) ? format : 0));
                break;
            case "linebreak":
                html.Append("<br>");
                break;
            case "tab":
                html.Append('\t');
                break;
            case "link" or "autolink":
                html.Append("<a href=\"").Append(HtmlEscape.Attribute(Text(node, "url") ?? "")).Append("\">").Append(Inline(node, unsupported)).Append("</a>");
                break;
            default:
                html.Append(Inline(node, unsupported));
                break;
        }
    }

    /// <summary>Text format bits and their tags, innermost first.</summary>
    private static readonly (int Bit, string Tag)[] Formats =
        [(Code, "code"), (Highlight, "mark"), (Subscript, "sub"), (Superscript, "sup"), (Underline, "u"), (Strikethrough, "s"), (Italic, "em"), (Bold, "strong")];

    private static string Formatted(string text, int format)
    {
        foreach (var (bit, tag) in Formats)
        {
            if ((format & bit) != 0)
            {
                text = $"<{tag}>{text}</{tag}>";
            }
        }

        return text;
    }
}
