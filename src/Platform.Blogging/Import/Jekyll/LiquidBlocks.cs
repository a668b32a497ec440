namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// The block structure of a template's tokens: for each block tag (<c>if</c>, <c>unless</c>, <c>case</c>,
/// <c>for</c>, <c>capture</c>, <c>comment</c>, <c>highlight</c>, ...), the index of its end tag, nesting as Liquid
/// nests them; the inside of a <c>comment</c> is not read. A block never closed, or an end tag without its block,
/// has no pair (-1), and the renderer reports it.
/// </summary>
internal static class LiquidBlocks
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "if", "unless", "case", "for", "capture", "comment", "highlight", "tablerow", "ifchanged",
    };

    /// <summary>Whether <paramref name="name"/> opens a block.</summary>
    public static bool IsBlock(string name) => Openers.Contains(name);

    /// <summary>For each token, the index of its end tag (for a block tag) or -1.</summary>
    public static int[] Pair(IReadOnlyList<LiquidToken> tokens)
    {
        var ends = new int[tokens.Count];
        Array.Fill(ends, -1);
        var open = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != LiquidTokenKind.Tag)
            {
                continue;
            }

            var name = tokens[i].Name;
            if (open.Count > 0 && tokens[open[^1]].Name == "comment" && name is not ("comment" or "endcomment"))
            {
                continue;
            }

            if (Openers.Contains(name))
            {
                open.Add(i);
                continue;
            }

            if (!name.StartsWith("end", StringComparison.Ordinal) || !Openers.Contains(name[3..]))
            {
                continue;
            }

            var at = open.FindLastIndex(o => tokens[o].Name == name[3..]);
            if (at >= 0)
            {
                ends[open[at]] = i;
                open.RemoveRange(at, open.Count - at);
            }
        }

        return ends;
    }

    /// <summary>
    /// The clauses of the block opened at <paramref name="index"/> and closed at <paramref name="end"/>: the
    /// opening tag and each of <paramref name="clauses"/> (<c>elsif</c>, <c>else</c>, <c>when</c>) at its level,
    /// with the token range of its body.
    /// </summary>
    public static List<(int Tag, int From, int To)> Clauses(IReadOnlyList<LiquidToken> tokens, int[] ends, int index, int end, params string[] clauses)
    {
        var result = new List<(int Tag, int From, int To)>();
        var tag = index;
        for (var j = index + 1; j < end; j++)
        {
            if (tokens[j].Kind != LiquidTokenKind.Tag)
            {
                continue;
            }

            if (ends[j] > j)
            {
                j = ends[j];
            }
            else if (clauses.Contains(tokens[j].Name))
            {
                result.Add((tag, tag + 1, j));
                tag = j;
            }
        }

        result.Add((tag, tag + 1, end));
        return result;
    }
}
