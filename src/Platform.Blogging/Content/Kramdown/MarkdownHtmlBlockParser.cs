using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Platform.Blogging.Content.Kramdown;

/// <summary>
/// Parses kramdown's <c>&lt;div markdown="1"&gt;</c>: an opening tag of a block-level element alone on its line,
/// then Markdown, then the matching end tag alone on its line. Other HTML blocks are left to Markdig's parser.
/// </summary>
internal sealed partial class MarkdownHtmlBlockParser : BlockParser
{
    public MarkdownHtmlBlockParser()
    {
        OpeningCharacters = ['<'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        var match = OpeningTag().Match(line.Text, line.Start, line.Length);
        if (!match.Success || KramdownHtmlElements.Span.Contains(match.Groups["name"].Value))
        {
            return BlockState.None;
        }

        string attributes = match.Groups["attributes"].Value;
        var markdown = MarkdownAttribute().Match(attributes);
        if (!markdown.Success || markdown.Groups["value"].Value is not ("1" or "block" or "span"))
        {
            return BlockState.None;
        }

        var block = new MarkdownHtmlBlock(this, match.Groups["name"].Value.ToLowerInvariant(), attributes.Remove(markdown.Index, markdown.Length))
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, line.End),
        };
        processor.NewBlocks.Push(block);
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (processor.IsBlankLine)
        {
            return BlockState.Continue;
        }

        var element = (MarkdownHtmlBlock)block;
        var line = processor.Line;
        string text = line.Text.Substring(line.Start, line.Length);
        if (element.Depth == 0 && ClosingTagLine().Match(text) is { Success: true } closing
            && string.Equals(closing.Groups["name"].Value, element.TagName, StringComparison.OrdinalIgnoreCase))
        {
            block.UpdateSpanEnd(line.End);
            return BlockState.BreakDiscard;
        }

        element.Depth = Math.Max(0, element.Depth + Count(text, "<" + element.TagName) - Count(text, "</" + element.TagName));
        return BlockState.Continue;
    }

    private static int Count(string text, string tag)
    {
        int count = 0;
        for (int at = text.IndexOf(tag, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(tag, at + tag.Length, StringComparison.OrdinalIgnoreCase))
        {
            int after = at + tag.Length;
            if (after == text.Length || text[after] is ' ' or '\t' or '>' or '/')
            {
                count++;
            }
        }

        return count;
    }

    [GeneratedRegex(@"\G {0,3}<(?<name>[A-Za-z][A-Za-z0-9-]*)(?<attributes>(?:\s+[^\s""'>/=]+(?:\s*=\s*(?:""[^""]*""|'[^']*'|[^\s""'=<>`]+))?)*)\s*>[ \t]*\r?$", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningTag();

    [GeneratedRegex(@"\s+markdown\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s""'=<>`]+))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MarkdownAttribute();

    [GeneratedRegex(@"^ {0,3}</(?<name>[A-Za-z][A-Za-z0-9-]*)\s*>\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingTagLine();
}
