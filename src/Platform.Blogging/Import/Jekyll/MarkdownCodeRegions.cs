namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// Where a Markdown text has code: fenced code blocks (<c>```</c> or <c>~~~</c>, up to three spaces in, closed by a
/// fence of the same character at least as long) and code spans (a run of backticks closed by a run of the same
/// length before a blank line). Indented code blocks are not detected. Used to decide how an unresolved Liquid
/// token is shown: inside code it is already shown as written.
/// </summary>
public sealed class MarkdownCodeRegions
{
    private readonly List<(int Start, int End)> _regions;

    private MarkdownCodeRegions(List<(int Start, int End)> regions) => _regions = regions;

    /// <summary>Finds the code regions of <paramref name="markdown"/>.</summary>
    public static MarkdownCodeRegions Find(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var regions = new List<(int, int)>();
        var position = 0;
        var proseStart = 0;
        while (position < markdown.Length)
        {
            var lineEnd = markdown.IndexOf('\n', position);
            var next = lineEnd < 0 ? markdown.Length : lineEnd + 1;
            if (Fence(markdown, position, next) is { } fence)
            {
                Spans(markdown, proseStart, position, regions);
                var close = next;
                while (close < markdown.Length)
                {
                    var end = markdown.IndexOf('\n', close);
                    var after = end < 0 ? markdown.Length : end + 1;
                    if (Fence(markdown, close, after) is { } closing && closing.Char == fence.Char && closing.Length >= fence.Length && closing.Bare)
                    {
                        close = after;
                        break;
                    }

                    close = after;
                }

                regions.Add((position, close));
                position = close;
                proseStart = close;
                continue;
            }

            position = next;
        }

        Spans(markdown, proseStart, markdown.Length, regions);
        regions.Sort();
        return new MarkdownCodeRegions(regions);
    }

    /// <summary>Whether <paramref name="offset"/> lies inside code.</summary>
    public bool Contains(int offset) => _regions.Any(r => offset >= r.Start && offset < r.End);

    private static (char Char, int Length, bool Bare)? Fence(string text, int start, int end)
    {
        var i = start;
        while (i < end && i - start < 4 && text[i] == ' ')
        {
            i++;
        }

        if (i - start > 3 || i >= end || text[i] is not ('`' or '~'))
        {
            return null;
        }

        var c = text[i];
        var run = 0;
        while (i + run < end && text[i + run] == c)
        {
            run++;
        }

        if (run < 3)
        {
            return null;
        }

        var rest = text[(i + run)..end];
        if (c == '`' && rest.Contains('`', StringComparison.Ordinal))
        {
            return null;
        }

        return (c, run, rest.Trim().Length == 0);
    }

    private static void Spans(string text, int start, int end, List<(int, int)> regions)
    {
        // Every backtick run by length, and where paragraphs break, found in one pass: each opening run then finds
        // its closing run by lookup, so a text full of unmatched backticks stays linear, not quadratic.
        var runs = new Dictionary<int, List<int>>();
        var breaks = new List<int>();
        for (var i = start; i < end;)
        {
            if (text[i] == '`')
            {
                var length = Run(text, i, end);
                if (!runs.TryGetValue(length, out var list))
                {
                    runs[length] = list = [];
                }

                list.Add(i);
                i += length;
                continue;
            }

            if (text[i] == '\n' && BlankLineFollows(text, i + 1, end))
            {
                breaks.Add(i);
            }

            i++;
        }

        var position = start;
        while (position < end)
        {
            var open = text.IndexOf('`', position, end - position);
            if (open < 0)
            {
                break;
            }

            var run = Run(text, open, end);
            var candidates = runs[run];
            var next = candidates.BinarySearch(open);
            next = next < 0 ? ~next : next + 1;
            var close = next < candidates.Count ? candidates[next] : -1;
            if (close >= 0)
            {
                var gap = breaks.BinarySearch(open);
                gap = gap < 0 ? ~gap : gap;
                if (gap < breaks.Count && breaks[gap] < close)
                {
                    close = -1;
                }
            }

            if (close < 0)
            {
                position = open + run;
                continue;
            }

            regions.Add((open, close + run));
            position = close + run;
        }
    }

    private static int Run(string text, int at, int end)
    {
        var run = 0;
        while (at + run < end && text[at + run] == '`')
        {
            run++;
        }

        return run;
    }

    private static bool BlankLineFollows(string text, int at, int end)
    {
        for (var i = at; i < end; i++)
        {
            if (text[i] == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
