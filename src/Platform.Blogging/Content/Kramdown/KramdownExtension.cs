using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Platform.Blogging.Content.Kramdown;

/// <summary>
/// The Markdig extension behind <see cref="MarkdownDialect.Kramdown"/>: the differences between kramdown's GFM
/// input and CommonMark that real Jekyll posts hit. Span-level HTML on its own line stays inline
/// (<see cref="SpanHtmlBlockParser"/>); block and span IALs, attribute list definitions, header ids and
/// <c>{:toc}</c>; <c>$$</c> math kept for MathJax or KaTeX; <c>markdown="1"</c> HTML blocks; and footnotes in
/// kramdown's HTML shape. Must be added after the footnotes extension.
/// </summary>
internal sealed class KramdownExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        var blocks = pipeline.BlockParsers;
        if (!blocks.Contains<SpanHtmlBlockParser>())
        {
            blocks.Replace<HtmlBlockParser>(new SpanHtmlBlockParser());
            blocks.InsertBefore<SpanHtmlBlockParser>(new MarkdownHtmlBlockParser());
            blocks.InsertBefore<ParagraphBlockParser>(new AttributeListBlockParser());
            blocks.InsertBefore<ParagraphBlockParser>(new MathBlockParser());
        }

        var inlines = pipeline.InlineParsers;
        if (!inlines.Contains<MathInlineParser>())
        {
            // No built-in inline parser opens on '$' or '{', so their place in the list does not matter.
            inlines.Add(new MathInlineParser());
            inlines.Add(new SpanAttributeListParser());
        }

        pipeline.DocumentProcessed -= KramdownDocument.Process;
        pipeline.DocumentProcessed += KramdownDocument.Process;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }

        var renderers = html.ObjectRenderers;
        renderers.ReplaceOrAdd<HtmlFootnoteLinkRenderer>(new KramdownFootnoteLinkRenderer());
        renderers.ReplaceOrAdd<HtmlFootnoteGroupRenderer>(new KramdownFootnoteGroupRenderer());
        renderers.AddIfNotAlready<MathBlockRenderer>();
        renderers.AddIfNotAlready<MathInlineRenderer>();
        renderers.AddIfNotAlready<MarkdownHtmlBlockRenderer>();
        renderers.AddIfNotAlready<TableOfContentsRenderer>();
    }
}
