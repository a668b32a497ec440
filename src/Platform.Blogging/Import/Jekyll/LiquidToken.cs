namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// One piece of a Liquid template. For outputs and tags, <see cref="Markup"/> is the text between the delimiters
/// without the whitespace-control dashes and trimmed, <see cref="Name"/> the tag's name (empty for outputs) and
/// <see cref="Arguments"/> the rest; <see cref="Source"/> is the token exactly as written, delimiters and all.
/// </summary>
/// <param name="Kind">Text, output or tag.</param>
/// <param name="Source">The token as written (for text: the text after whitespace control).</param>
/// <param name="Markup">The inside of an output or tag, trimmed; the text itself for text.</param>
/// <param name="Line">The line (from 1) the token starts on.</param>
/// <param name="Offset">Where the token starts in the template (before whitespace control).</param>
public sealed record LiquidToken(LiquidTokenKind Kind, string Source, string Markup, int Line, int Offset)
{
    /// <summary>The tag's name (<c>highlight</c>, <c>include</c>, ...); empty for text and outputs.</summary>
    public string Name => Kind == LiquidTokenKind.Tag ? SplitName().Name : "";

    /// <summary>What follows the tag's name, trimmed; empty for text and outputs.</summary>
    public string Arguments => Kind == LiquidTokenKind.Tag ? SplitName().Arguments : "";

    private (string Name, string Arguments) SplitName()
    {
        var end = 0;
        while (end < Markup.Length && !char.IsWhiteSpace(Markup[end]))
        {
            end++;
        }

        return (Markup[..end], Markup[end..].Trim());
    }
}
