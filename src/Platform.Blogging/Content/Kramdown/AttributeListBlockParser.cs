using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Platform.Blogging.Content.Kramdown;

/// <summary>
/// Parses a line that holds only a kramdown block IAL (<c>{: .class}</c>, <c>{:toc}</c>) or an attribute list
/// definition (<c>{:name: ...}</c>). Such a line ends a paragraph, as in kramdown. Extension tags
/// (<c>{::comment}</c>, <c>{:/}</c>) are not handled and stay text.
/// </summary>
internal sealed partial class AttributeListBlockParser : BlockParser
{
    public AttributeListBlockParser()
    {
        OpeningCharacters = ['{'];
    }

    public override bool CanInterrupt(BlockProcessor processor, Block block) => true;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        string text = line.Text.Substring(line.Start, line.Length);
        Block block;
        if (DefinitionPattern().Match(text) is { Success: true } definition)
        {
            block = new AttributeDefinitionBlock(this, definition.Groups[1].Value, AttributeList.Parse(definition.Groups[2].Value));
        }
        else if (ListPattern().Match(text) is { Success: true } list)
        {
            block = new AttributeListBlock(this, AttributeList.Parse(list.Groups[1].Value), PreviousLineIsBlank(line.Text, line.Start));
        }
        else
        {
            return BlockState.None;
        }

        block.Line = processor.LineIndex;
        block.Column = processor.Column;
        block.Span = new SourceSpan(processor.Start, line.End);
        processor.NewBlocks.Push(block);
        return BlockState.BreakDiscard;
    }

    /// <summary>Whether the line before the one at <paramref name="position"/> is blank (quote markers aside) or absent.</summary>
    private static bool PreviousLineIsBlank(string text, int position)
    {
        int lineStart = position;
        while (lineStart > 0 && text[lineStart - 1] != '\n')
        {
            lineStart--;
        }

        if (lineStart == 0)
        {
            return true;
        }

        for (int i = lineStart - 2; i >= 0 && text[i] != '\n'; i--)
        {
            if (text[i] is not (' ' or '\t' or '\r' or '>'))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^\{:(\w[\w-]*):((?:\\\}|[^}])+)\}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DefinitionPattern();

    [GeneratedRegex(@"^\{:(?![:/])((?:\\\}|[^}])+)\}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ListPattern();
}
