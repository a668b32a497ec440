using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Platform.Blogging.Content.Kramdown;

/// <summary>
/// The footnote list in kramdown's shape: <c>&lt;div class="footnotes" role="doc-endnotes"&gt;&lt;ol&gt;&lt;li
/// id="fn:name"&gt;...</c>, without the rule Markdig puts before it.
/// </summary>
internal sealed class KramdownFootnoteGroupRenderer : HtmlObjectRenderer<FootnoteGroup>
{
    protected override void Write(HtmlRenderer renderer, FootnoteGroup obj)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"footnotes\" role=\"doc-endnotes\">");
        renderer.WriteLine("<ol>");
        foreach (var footnote in obj.OfType<Footnote>())
        {
            renderer.Write("<li id=\"fn:").WriteEscape(KramdownFootnotes.NameOf(footnote)).WriteLine("\">");
            renderer.WriteChildren(footnote);
            renderer.EnsureLine();
            renderer.WriteLine("</li>");
        }

        renderer.WriteLine("</ol>");
        renderer.WriteLine("</div>");
    }
}
