using Markdig.Parsers;
using Markdig.Syntax;

namespace Platform.Blogging.Content.Kramdown;

/// <summary>An attribute list definition (<c>{:name: .class key="value"}</c>), which IALs use by name; it renders nothing.</summary>
internal sealed class AttributeDefinitionBlock(BlockParser parser, string name, AttributeList attributes) : LeafBlock(parser)
{
    public string Name { get; } = name;

    public AttributeList Attributes { get; } = attributes;
}
