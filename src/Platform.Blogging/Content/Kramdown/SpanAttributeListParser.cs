using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Platform.Blogging.Content.Kramdown;

/// <summary>
/// A span IAL directly after an inline element (<c>[link](url){:target="_blank"}</c>,
/// <c>![img](src){: width="300"}</c>, <c>`code`{:.x}</c>) puts its attributes on that element. After plain text it
/// is not an IAL and stays text, as in kramdown.
/// </summary>
internal sealed class SpanAttributeListParser : InlineParser
{
    private const int MaxLength = 1000;

    public SpanAttributeListParser()
    {
        OpeningCharacters = ['{'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != ':' || slice.PeekChar(2) is ':' or '/' || processor.Inline is null or LiteralInline)
        {
            return false;
        }

        // An IAL is short; the cap keeps a paragraph full of unclosed "{:" linear.
        string text = slice.Text;
        int last = Math.Min(slice.End, slice.Start + MaxLength);
        int end = slice.Start + 2;
        while (end <= last && text[end] != '}')
        {
            end += text[end] == '\\' && end < slice.End ? 2 : 1;
        }

        if (end > last || end == slice.Start + 2)
        {
            return false;
        }

        var attributes = AttributeList.Parse(text[(slice.Start + 2)..end]);
        foreach (string reference in attributes.References)
        {
            if (BlockAttributes.FindDefinition(processor.Document, reference) is { } definition)
            {
                definition.ApplyTo(processor.Inline.GetAttributes());
            }
        }

        attributes.ApplyTo(processor.Inline.GetAttributes());
        slice.Start = end + 1;
        return true;
    }
}
