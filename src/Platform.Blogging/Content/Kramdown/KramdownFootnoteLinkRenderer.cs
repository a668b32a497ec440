using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Platform.Blogging.Content.Kramdown;

/// <summary>
/// Footnote references and back links in kramdown's shape:
/// <c>&lt;sup id="fnref:1"&gt;&lt;a href="#fn:1" class="footnote" rel="footnote" role="doc-noteref"&gt;1&lt;/a&gt;&lt;/sup&gt;</c>
/// and, after a no-break space, <c>&lt;a href="#fnref:1" class="reversefootnote" role="doc-backlink"&gt;↩&lt;/a&gt;</c>
/// (with <c>&lt;sup&gt;2&lt;/sup&gt;</c> and so on for later uses of the same footnote).
/// </summary>
internal sealed class KramdownFootnoteLinkRenderer : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink obj)
    {
        var footnote = obj.Footnote;
        int use = KramdownFootnotes.UseOf(obj);
        string referenceId = KramdownFootnotes.ReferenceId(footnote, use);
        if (obj.IsBackLink)
        {
            // kramdown puts a no-break space before a back link that follows the note's text, none when the back
            // link opens a paragraph of its own.
            if (obj.PreviousSibling is not null)
            {
                renderer.Write("&#160;");
            }

            renderer.Write("<a href=\"#").WriteEscape(referenceId).Write("\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;");
            if (use > 0)
            {
                renderer.Write("<sup>").Write((use + 1).ToString(CultureInfo.InvariantCulture)).Write("</sup>");
            }

            renderer.Write("</a>");
            return;
        }

        renderer.Write("<sup id=\"").WriteEscape(referenceId).Write("\"><a href=\"#fn:").WriteEscape(KramdownFootnotes.NameOf(footnote))
            .Write("\" class=\"footnote\" rel=\"footnote\" role=\"doc-noteref\">")
            .Write(footnote.Order.ToString(CultureInfo.InvariantCulture)).Write("</a></sup>");
    }
}
