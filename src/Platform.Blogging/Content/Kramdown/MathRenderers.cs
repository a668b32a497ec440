using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Platform.Blogging.Content.Kramdown;

/// <summary>
/// Writes block math as kramdown's default MathJax engine does, for MathJax or KaTeX to typeset in the browser:
/// <c>\[...\]</c> on its own (in a <c>div</c> only when an IAL gave it attributes), the TeX HTML-escaped.
/// </summary>
internal sealed class MathBlockRenderer : HtmlObjectRenderer<MathBlock>
{
    protected override void Write(HtmlRenderer renderer, MathBlock obj)
    {
        renderer.EnsureLine();
        bool wrapped = obj.TryGetAttributes() is not null;
        if (wrapped)
        {
            renderer.Write("<div").WriteAttributes(obj).Write('>');
        }

        renderer.Write("\\[").WriteEscape(obj.Content).Write("\\]");
        renderer.WriteLine(wrapped ? "</div>" : string.Empty);
    }
}

/// <summary>Writes inline math as kramdown's MathJax engine does: <c>\(...\)</c>, the TeX HTML-escaped.</summary>
internal sealed class MathInlineRenderer : HtmlObjectRenderer<MathInline>
{
    protected override void Write(HtmlRenderer renderer, MathInline obj) =>
        renderer.Write("\\(").WriteEscape(obj.Content).Write("\\)");
}
