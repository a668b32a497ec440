using Markdig.Parsers;
using Markdig.Syntax;

namespace Platform.Blogging.Content.Kramdown;

/// <summary>
/// A block IAL line (<c>{: .class #id}</c>). After parsing, <see cref="BlockAttributes"/> moves its attributes to
/// the block just before it (no blank line between) or else to the next block, and removes it.
/// </summary>
internal sealed class AttributeListBlock(BlockParser parser, AttributeList attributes, bool afterBlankLine) : LeafBlock(parser)
{
    public AttributeList Attributes { get; } = attributes;

    /// <summary>Whether a blank line (or the start of the document) comes just before it.</summary>
    public bool AfterBlankLine { get; } = afterBlankLine;
}
