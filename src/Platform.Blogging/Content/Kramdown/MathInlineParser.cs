using Markdig.Helpers;
using Markdig.Parsers;

namespace Platform.Blogging.Content.Kramdown;

/// <summary>
/// kramdown inline math: <c>$$</c>, the TeX (which is not Markdown: <c>a_1</c> stays as written), <c>$$</c>. A
/// single <c>$</c> is plain text, as in kramdown.
/// </summary>
internal sealed class MathInlineParser : InlineParser
{
    public MathInlineParser()
    {
        OpeningCharacters = ['$'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '$')
        {
            return false;
        }

        int contentStart = slice.Start + 2;
        int close = slice.Text.IndexOf("$$", contentStart, StringComparison.Ordinal);
        if (close < 0 || close + 1 > slice.End)
        {
            return false;
        }

        int start = slice.Start;
        processor.Inline = new MathInline(slice.Text[contentStart..close])
        {
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out int line, out int column), processor.GetSourcePosition(close + 1)),
            Line = line,
            Column = column,
        };
        slice.Start = close + 2;
        return true;
    }
}
