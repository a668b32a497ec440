using Markdig.Parsers;
using Markdig.Syntax;

namespace Platform.Blogging.Content.Kramdown;

/// <summary>
/// kramdown's block math: <c>$$</c> at the start of a block, the TeX, then <c>$$</c> at the end of a line that is
/// followed by a blank line or the end of the document. Anything else with <c>$$</c> is inline math in a
/// paragraph (see <see cref="MathInlineParser"/>). A block does not interrupt a paragraph.
/// </summary>
internal sealed class MathBlockParser : BlockParser
{
    private const string Delimiter = "$$";

    public MathBlockParser()
    {
        OpeningCharacters = ['$'];
    }

    public override bool CanInterrupt(BlockProcessor processor, Block block) => block is not ParagraphBlock;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        var line = processor.Line;
        string text = line.Text;
        if (processor.IsCodeIndent || !text.AsSpan(line.Start, line.Length).StartsWith(Delimiter, StringComparison.Ordinal))
        {
            return BlockState.None;
        }

        int contentStart = line.Start + 2;
        int close = text.IndexOf(Delimiter, contentStart, StringComparison.Ordinal);
        if (close < 0 || !EndsBlock(text, close + 2))
        {
            return BlockState.None;
        }

        // kramdown trims the TeX of a block (not of inline math).
        int lines = text.AsSpan(contentStart, close - contentStart).Count('\n');
        var block = new MathBlock(this, text[contentStart..close].Trim(), lines)
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, close + 1),
        };
        processor.NewBlocks.Push(block);
        return lines == 0 ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var math = (MathBlock)block;
        math.RemainingLines--;
        return math.RemainingLines <= 0 ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
    }

    /// <summary>Whether only spaces follow <paramref name="position"/> on its line, and the next line is blank or absent.</summary>
    private static bool EndsBlock(string text, int position)
    {
        int i = position;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r')
        {
            i++;
        }

        if (i < text.Length && text[i] != '\n')
        {
            return false;
        }

        for (i++; i < text.Length && text[i] != '\n'; i++)
        {
            if (text[i] is not (' ' or '\t' or '\r'))
            {
                return false;
            }
        }

        return true;
    }
}
