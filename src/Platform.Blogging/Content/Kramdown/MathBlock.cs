using Markdig.Parsers;
using Markdig.Syntax;

namespace Platform.Blogging.Content.Kramdown;

/// <summary>A kramdown display math block (<c>$$...$$</c> standing alone between blank lines).</summary>
internal sealed class MathBlock(BlockParser parser, string content, int lineCount) : LeafBlock(parser)
{
    /// <summary>The TeX between the dollar signs, verbatim.</summary>
    public string Content { get; } = content;

    /// <summary>How many more source lines the block takes after the current one.</summary>
    public int RemainingLines { get; set; } = lineCount;
}
