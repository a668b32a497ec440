using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Platform.Blogging.Content.Kramdown;

/// <summary>
/// kramdown's <c>{:toc}</c>: the first list that carries it is replaced by a list of links to every heading that
/// has an id and no <c>no_toc</c> class, nested by level, with the list's own attributes and
/// <c>id="markdown-toc"</c> unless it has an id.
/// </summary>
internal static class TableOfContents
{
    /// <summary>The id the table of contents gets when its list has none.</summary>
    public const string DefaultId = "markdown-toc";

    public static void Replace(MarkdownDocument document, IReadOnlyList<ListBlock> marked)
    {
        if (marked.Count == 0 || marked[0].Parent is not { } parent)
        {
            return;
        }

        var list = marked[0];
        var headings = document.Descendants<HeadingBlock>()
            .Where(heading => heading.TryGetAttributes() is { Id.Length: > 0 } attributes
                && attributes.Classes?.Contains("no_toc") != true)
            .ToArray();
        var toc = new TableOfContentsBlock(list.IsOrdered, headings) { Line = list.Line, Column = list.Column, Span = list.Span };
        var attributes = list.GetAttributes();
        attributes.Id ??= DefaultId;
        toc.SetAttributes(attributes);
        int index = parent.IndexOf(list);
        parent.RemoveAt(index);
        parent.Insert(index, toc);
    }
}
