using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Platform.Blogging.Content.Kramdown;

/// <summary>Writes a <see cref="MarkdownHtmlBlock"/>: its tag with the attributes as written (minus <c>markdown</c>), the rendered content, the end tag.</summary>
internal sealed class MarkdownHtmlBlockRenderer : HtmlObjectRenderer<MarkdownHtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, MarkdownHtmlBlock obj)
    {
        renderer.EnsureLine();
        renderer.Write('<').Write(obj.TagName).Write(obj.Attributes).WriteAttributes(obj).WriteLine(">");
        renderer.WriteChildren(obj);
        renderer.EnsureLine();
        renderer.Write("</").Write(obj.TagName).WriteLine(">");
    }
}
