using System.Globalization;

namespace Platform.Blogging.Content;

/// <summary>
/// A post's excerpt as plain text: everything before <c>&lt;!--more--&gt;</c> when the Markdown has that marker,
/// otherwise the first top-level paragraph, capped at <see cref="DefaultMaxLength"/> characters on a word boundary
/// with an ellipsis. Footnote references are left out; whitespace is collapsed.
/// </summary>
public static class ExcerptBuilder
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
        return Build(markdown, renderedHtml: null, maxLength);
    }

    /// <summary>As <see cref="Build(string, int)"/>, reusing the body's HTML when it is already rendered.</summary>
    internal static string Build(string markdown, string? renderedHtml, int maxLength = DefaultMaxLength)
    {
        int marker = MarkdownRenderer.FindMoreMarker(markdown);
        return marker >= 0
            ? FromHtml(MarkdownRenderer.ToHtml(markdown[..marker]), wholeText: true, int.MaxValue)
            : FromHtml(renderedHtml ?? MarkdownRenderer.ToHtml(markdown), wholeText: false, maxLength);
    }

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
            element.ClassList.Contains("footnote-ref") || element.ClassList.Contains("footnotes");
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
}
