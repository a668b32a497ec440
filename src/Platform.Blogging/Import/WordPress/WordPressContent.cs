using System.Text.RegularExpressions;

namespace Platform.Blogging.Import.WordPress;

/// <summary>
/// A post's <c>content:encoded</c> as the HTML WordPress shows. Block-editor content is already HTML: its
/// <c>&lt;!-- wp:... --&gt;</c> block comments are removed. Classic-editor content relies on WordPress adding paragraphs
/// when it shows the post: a blank line ends a paragraph and a single line break is a <c>&lt;br&gt;</c>, which is done
/// here for every run of text that is not already a block of HTML (<c>&lt;pre&gt;</c> is left as it is).
/// <c>[caption]</c> shortcodes become figures; other shortcodes are left as text and named in the notes.
/// </summary>
internal static partial class WordPressContent
{
    private const char PreStart = '\uE000';
    private const char PreEnd = '\uE001';

    /// <summary>The HTML of <paramref name="content"/>; what could not be converted goes into <paramref name="notes"/>.</summary>
    public static string ToHtml(string? content, ICollection<string> notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        if (string.IsNullOrWhiteSpace(content))
        {
            return "";
        }

        var text = content.Replace("\r\n", "\n", StringComparison.Ordinal);
        var fromBlockEditor = text.Contains("<!-- wp:", StringComparison.Ordinal);
        text = BlockComment().Replace(text, "");
        text = Caption().Replace(text, Figure);
        var shortcodes = Shortcode().Matches(text).Select(m => "[" + m.Groups[1].Value.ToLowerInvariant() + "]").Distinct().ToArray();
        if (shortcodes.Length > 0)
        {
            notes.Add($"WordPress shortcodes left as text: {string.Join(", ", shortcodes)}");
        }

        return fromBlockEditor ? text.Trim() : AddParagraphs(text);
    }

    /// <summary>What WordPress's <c>wpautop</c> does to classic content, for the common cases.</summary>
    internal static string AddParagraphs(string text)
    {
        var kept = new List<string>();
        text = Pre().Replace(text, m =>
        {
            kept.Add(m.Value);
            return $"{PreStart}{kept.Count - 1}{PreEnd}";
        });

        var chunks = BlankLine().Split(text.Trim())
            .Select(chunk => chunk.Trim())
            .Where(chunk => chunk.Length > 0)
            .Select(chunk => BlockStart().IsMatch(chunk) ? chunk : "<p>" + chunk.Replace("\n", "<br />\n", StringComparison.Ordinal) + "</p>");
        var html = string.Join("\n\n", chunks);
        return Placeholder().Replace(html, m => kept[int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)]);
    }

    private static string Figure(Match caption)
    {
        var inner = caption.Groups["inner"].Value;
        var parts = CaptionInner().Match(inner);
        if (!parts.Success)
        {
            return inner;
        }

        var text = parts.Groups["text"].Value.Trim();
        if (text.Length == 0 && CaptionAttribute().Match(caption.Groups["attributes"].Value) is { Success: true } attribute)
        {
            text = attribute.Groups[1].Value;
        }

        return "<figure>" + parts.Groups["image"].Value + (text.Length > 0 ? "<figcaption>" + text + "</figcaption>" : "") + "</figure>";
    }

    [GeneratedRegex(@"<!--\s*/?wp:[^>]*?-->\n?", RegexOptions.CultureInvariant)]
    private static partial Regex BlockComment();

    [GeneratedRegex(@"\[caption(?<attributes>[^\]]*)\](?<inner>.*?)\[/caption\]", RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex(@"^\s*(?<image>(?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?)(?<text>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex CaptionInner();

    [GeneratedRegex(@"\bcaption=""([^""]*)""", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CaptionAttribute();

    [GeneratedRegex(@"\[(gallery|embed|video|audio|playlist|wpvideo|youtube|soundcloud)\b[^\]]*\]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Shortcode();

    [GeneratedRegex(@"<pre\b.*?</pre>", RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Pre();

    [GeneratedRegex(@"\n[ \t]*\n\s*", RegexOptions.CultureInvariant)]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"\uE000(\d+)\uE001", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(
        @"^(?:\uE000|<!--|</?(?:p|div|h[1-6]|ul|ol|li|dl|dt|dd|table|thead|tbody|tfoot|tr|td|th|caption|blockquote|pre|figure|figcaption|hr|section|article|aside|header|footer|nav|address|details|summary|form|fieldset|iframe|script|style|noscript|video|audio|object|embed|map|math|svg)\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BlockStart();
}
