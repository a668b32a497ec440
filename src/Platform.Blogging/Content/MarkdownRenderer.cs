using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Platform.Blogging.Content;

/// <summary>
/// Markdown to sanitised HTML through one shared Markdig pipeline: pipe and grid tables, task lists, footnotes,
/// GitHub-style heading ids (non-Latin letters kept), autolinks, emphasis extras, definition lists, abbreviations,
/// figures and fenced code with a <c>language-xxx</c> class; or, for <see cref="MarkdownDialect.Kramdown"/>, the
/// pipeline that renders Jekyll posts as GitHub Pages does (see <see cref="Kramdown.KramdownExtension"/>). Raw HTML
/// is allowed in the Markdown; images of the blog's own media get a <c>srcset</c> (<see cref="Media.MediaSourceSets"/>);
/// the output always goes through <see cref="HtmlSanitizer"/>.
/// </summary>
public static class MarkdownRenderer
{
    /// <summary>The marker that ends a hand-written excerpt.</summary>
    public const string MoreMarker = "<!--more-->";

    /// <summary>Renders <paramref name="markdown"/> and sanitises the result.</summary>
    /// <param name="markdown">The Markdown body (without front matter).</param>
    /// <returns>Safe HTML.</returns>
    public static string ToHtml(string markdown) => ToHtml(markdown, MarkdownDialect.CommonMark);

    /// <summary>Renders <paramref name="markdown"/> in <paramref name="dialect"/> and sanitises the result.</summary>
    /// <param name="markdown">The Markdown body (without front matter).</param>
    /// <param name="dialect">The dialect it is written in.</param>
    /// <returns>Safe HTML.</returns>
    public static string ToHtml(string markdown, MarkdownDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return HtmlSanitizer.Sanitize(Media.MediaSourceSets.Apply(Markdown.ToHtml(markdown, MarkdownPipelines.For(dialect))));
    }

    /// <summary>
    /// The offset in <paramref name="markdown"/> of the first <c>&lt;!--more--&gt;</c> that Markdig sees as HTML
    /// (so one inside a code block does not count), or -1.
    /// </summary>
    internal static int FindMoreMarker(string markdown, MarkdownDialect dialect = MarkdownDialect.CommonMark)
    {
        if (!markdown.Contains(MoreMarker, StringComparison.Ordinal))
        {
            return -1;
        }

        var document = Markdown.Parse(markdown, MarkdownPipelines.For(dialect));
        foreach (var node in document.Descendants())
        {
            if (node is HtmlBlock block)
            {
                int count = Math.Min(block.Span.Length, markdown.Length - block.Span.Start);
                int at = markdown.IndexOf(MoreMarker, block.Span.Start, count, StringComparison.Ordinal);
                if (at >= 0)
                {
                    return at;
                }
            }
            else if (node is HtmlInline inline && inline.Tag.Trim() == MoreMarker)
            {
                return inline.Span.Start;
            }
        }

        return -1;
    }
}
