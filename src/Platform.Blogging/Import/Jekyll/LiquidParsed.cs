namespace Platform.Blogging.Import.Jekyll;

/// <summary>A template ready to render: its tokens, their block pairs and where its Markdown has code.</summary>
internal sealed record LiquidParsed(LiquidTemplate Template, int[] Ends, MarkdownCodeRegions Code)
{
    /// <summary>Tokenizes and pairs <paramref name="text"/>.</summary>
    public static LiquidParsed Parse(string text)
    {
        var template = LiquidTokenizer.Tokenize(text);
        return new LiquidParsed(template, LiquidBlocks.Pair(template.Tokens), MarkdownCodeRegions.Find(text));
    }
}
