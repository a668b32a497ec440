using Markdig.Parsers;

namespace Platform.Blogging.Content.Kramdown;

/// <summary>
/// Markdig's HTML block parser, except that a line starting with a span-level tag (<c>&lt;img&gt;</c>,
/// <c>&lt;a&gt;</c>, <c>&lt;span&gt;</c>, <c>&lt;br&gt;</c>, ...) does not start an HTML block: as in kramdown, the tag
/// stays inline in a paragraph, and a list, heading or quote on the next line is still parsed as Markdown.
/// Block-level tags (<c>div</c>, <c>table</c>, <c>p</c>, <c>pre</c>, ...) and comments still start HTML blocks, but
/// a comment does not end a paragraph it follows (kramdown keeps it inline there).
/// </summary>
internal sealed class SpanHtmlBlockParser : HtmlBlockParser
{
    public override BlockState TryOpen(BlockProcessor processor)
    {
        var line = processor.Line;
        string? tag = KramdownHtmlElements.LeadingTagName(line.Text.AsSpan(line.Start, line.Length));
        return tag is not null && KramdownHtmlElements.Span.Contains(tag) ? BlockState.None : base.TryOpen(processor);
    }

    public override bool CanInterrupt(BlockProcessor processor, Markdig.Syntax.Block block)
    {
        var line = processor.Line;
        bool comment = line.Text.AsSpan(line.Start, line.Length).TrimStart(' ').StartsWith("<!--", StringComparison.Ordinal);
        return !(comment && block is Markdig.Syntax.ParagraphBlock) && base.CanInterrupt(processor, block);
    }
}
