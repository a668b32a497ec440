using Markdig.Parsers;
using Markdig.Syntax;

namespace Platform.Blogging.Content.Kramdown;

/// <summary>
/// A block-level HTML element whose opening tag has <c>markdown="1"</c> (or <c>"block"</c>, <c>"span"</c>): its
/// content is Markdown, parsed into the child blocks, as kramdown does.
/// </summary>
internal sealed class MarkdownHtmlBlock(BlockParser parser, string tagName, string attributes) : ContainerBlock(parser)
{
    /// <summary>The element name, lower case.</summary>
    public string TagName { get; } = tagName;

    /// <summary>The opening tag's attributes as written, without the <c>markdown</c> attribute (the sanitiser checks them).</summary>
    public string Attributes { get; } = attributes;

    /// <summary>How many elements of the same name are open inside it, so that their end tags do not end it.</summary>
    public int Depth { get; set; }
}
