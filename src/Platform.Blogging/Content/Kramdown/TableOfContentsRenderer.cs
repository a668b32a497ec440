using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Platform.Blogging.Content.Kramdown;

/// <summary>
/// Writes a <see cref="TableOfContentsBlock"/> as kramdown does: <c>&lt;li&gt;&lt;a href="#id"
/// id="markdown-toc-id"&gt;heading&lt;/a&gt;</c>, a deeper heading in a nested list under the last shallower one,
/// footnote references left out of the link text.
/// </summary>
internal sealed class TableOfContentsRenderer : HtmlObjectRenderer<TableOfContentsBlock>
{
    protected override void Write(HtmlRenderer renderer, TableOfContentsBlock obj)
    {
        if (obj.Headings.Count == 0)
        {
            return;
        }

        string tag = obj.IsOrdered ? "ol" : "ul";
        string prefix = obj.GetAttributes().Id ?? TableOfContents.DefaultId;
        renderer.EnsureLine();
        renderer.Write('<').Write(tag).WriteAttributes(obj).WriteLine(">");
        WriteItems(renderer, Nest(obj.Headings), tag, prefix);
        renderer.Write("</").Write(tag).WriteLine(">");
    }

    private static void WriteItems(HtmlRenderer renderer, List<Entry> entries, string tag, string prefix)
    {
        foreach (var entry in entries)
        {
            string id = entry.Heading.GetAttributes().Id!;
            renderer.Write("<li><a href=\"#").WriteEscape(id).Write("\" id=\"").WriteEscape(prefix).Write('-').WriteEscape(id).Write("\">");
            if (entry.Heading.Inline is { } inlines)
            {
                foreach (var inline in inlines.Where(inline => inline is not FootnoteLink))
                {
                    renderer.Write(inline);
                }
            }

            renderer.Write("</a>");
            if (entry.Children.Count > 0)
            {
                renderer.WriteLine().Write('<').Write(tag).WriteLine(">");
                WriteItems(renderer, entry.Children, tag, prefix);
                renderer.Write("</").Write(tag).WriteLine(">");
            }

            renderer.WriteLine("</li>");
        }
    }

    /// <summary>Nests headings as kramdown does: each goes under the nearest earlier heading of a lower level.</summary>
    private static List<Entry> Nest(IReadOnlyList<HeadingBlock> headings)
    {
        var roots = new List<Entry>();
        var stack = new Stack<Entry>();
        foreach (var heading in headings)
        {
            var entry = new Entry(heading);
            while (stack.Count > 0 && stack.Peek().Heading.Level >= heading.Level)
            {
                stack.Pop();
            }

            (stack.Count == 0 ? roots : stack.Peek().Children).Add(entry);
            stack.Push(entry);
        }

        return roots;
    }

    private sealed record Entry(HeadingBlock Heading)
    {
        public List<Entry> Children { get; } = [];
    }
}
