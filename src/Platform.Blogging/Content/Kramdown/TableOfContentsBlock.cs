using Markdig.Syntax;

namespace Platform.Blogging.Content.Kramdown;

/// <summary>The list marked <c>{:toc}</c>, replaced by a table of contents of the document's headings.</summary>
internal sealed class TableOfContentsBlock(bool isOrdered, IReadOnlyList<HeadingBlock> headings) : LeafBlock(null)
{
    /// <summary>Whether the marked list was ordered (the contents are then <c>ol</c> too).</summary>
    public bool IsOrdered { get; } = isOrdered;

    /// <summary>The headings to list, in document order.</summary>
    public IReadOnlyList<HeadingBlock> Headings { get; } = headings;
}
