using System.Globalization;
using System.Text.RegularExpressions;

namespace Platform.Blogging.Content;

/// <summary>
/// A post's excerpt as plain text: everything before the excerpt separator (front matter or blog
/// <c>excerpt_separator</c>, as Jekyll does) when one is set and found; else everything before
/// <c>&lt;!--more--&gt;</c> when the Markdown has that marker; otherwise the first top-level paragraph, capped at
/// <see cref="DefaultMaxLength"/> characters on a word boundary with an ellipsis. Footnote references are left out;
/// whitespace is collapsed.
/// </summary>
public static partial class ExcerptBuilder
{
    /// <summary>The default cap for an excerpt taken from the first paragraph.</summary>
    public const int DefaultMaxLength = 300;

    /// <summary>Builds the excerpt of a Markdown body.</summary>
    /// <param name="markdown">The Markdown body (without front matter).</param>
    /// <param name="maxLength">The cap for an excerpt taken from the first paragraph (a marked excerpt is not capped).</param>
    /// <returns>The excerpt, or an empty string when the post has no paragraph.</returns>
    public static string Build(string markdown, int maxLength = DefaultMaxLength)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return Build(markdown, renderedHtml: null, MarkdownDialect.CommonMark, separator: null, maxLength);
    }

    /// <summary>Builds the excerpt of a Markdown body written in <paramref name="dialect"/>.</summary>
    /// <param name="markdown">The Markdown body (without front matter).</param>
    /// <param name="dialect">The dialect it is written in.</param>
    /// <param name="separator">
    /// Jekyll's <c>excerpt_separator</c>, or <see langword="null"/>: when the body contains it, the excerpt is the
    /// text before its first occurrence (not capped).
    /// </param>
    /// <param name="maxLength">The cap for an excerpt taken from the first paragraph.</param>
    /// <returns>The excerpt, or an empty string when the post has no paragraph.</returns>
    public static string Build(string markdown, MarkdownDialect dialect, string? separator, int maxLength = DefaultMaxLength)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return Build(markdown, renderedHtml: null, dialect, separator, maxLength);
    }

    /// <summary>As <see cref="Build(string, MarkdownDialect, string?, int)"/>, reusing the body's HTML when it is already rendered.</summary>
    internal static string Build(string markdown, string? renderedHtml, MarkdownDialect dialect, string? separator, int maxLength = DefaultMaxLength)
    {
        int split = string.IsNullOrEmpty(separator) ? -1 : markdown.IndexOf(separator, StringComparison.Ordinal);
        if (split >= 0)
        {
            // As Jekyll does, link and footnote definitions from the rest of the post come along, so that
            // reference-style links in the excerpt still resolve.
            string head = markdown[..split] + "\n\n" + DefinitionsIn(markdown[(split + separator!.Length)..]);
            return FromHtml(MarkdownRenderer.ToHtml(head, dialect), wholeText: true, int.MaxValue);
        }

        int marker = MarkdownRenderer.FindMoreMarker(markdown, dialect);
        return marker >= 0
            ? FromHtml(MarkdownRenderer.ToHtml(markdown[..marker], dialect), wholeText: true, int.MaxValue)
            : FromHtml(renderedHtml ?? MarkdownRenderer.ToHtml(markdown, dialect), wholeText: false, maxLength);
    }

    private static string DefinitionsIn(string markdown) =>
        string.Join("\n", DefinitionLine().Matches(markdown).Select(match => match.Value.TrimEnd('\r')));

    /// <summary>The first top-level paragraph of sanitised <paramref name="html"/> as plain text, capped.</summary>
    /// <param name="html">Sanitised HTML.</param>
    /// <param name="maxLength">The cap in characters (UTF-16 units), ellipsis excluded.</param>
    /// <returns>The excerpt, or an empty string when there is no paragraph.</returns>
    public static string FromFirstParagraph(string html, int maxLength = DefaultMaxLength)
    {
        ArgumentNullException.ThrowIfNull(html);
        return FromHtml(html, wholeText: false, maxLength);
    }

    internal static string FromHtml(string html, bool wholeText, int maxLength)
    {
        var body = HtmlSanitizer.ParseFragment(html);
        static bool IsFootnote(AngleSharp.Dom.IElement element) =>
            element.ClassList.Contains("footnote-ref") || element.ClassList.Contains("footnote")
            || element.ClassList.Contains("footnotes");
        if (wholeText)
        {
            return HtmlText.Of(body, IsFootnote);
        }

        var paragraph = body.Children.FirstOrDefault(element => element.LocalName == "p");
        return paragraph is null ? string.Empty : Cap(HtmlText.Of(paragraph, IsFootnote), maxLength);
    }

    internal static string Cap(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        int cut = text.LastIndexOf(' ', maxLength);
        if (cut <= 0)
        {
            // No space to break at (e.g. Chinese or Japanese text): cut between whole text elements.
            var boundaries = StringInfo.ParseCombiningCharacters(text);
            cut = boundaries.LastOrDefault(index => index <= maxLength);
        }

        return text[..cut].TrimEnd(' ', ',', ';', ':', '-', '—', '.') + "…";
    }

    /// <summary>A link, footnote or abbreviation definition line (<c>[name]: ...</c>, <c>[^1]: ...</c>, <c>*[HTML]: ...</c>).</summary>
    [GeneratedRegex(@"^ {0,3}\*?\[[^\]]+\]:.+$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex DefinitionLine();
}
