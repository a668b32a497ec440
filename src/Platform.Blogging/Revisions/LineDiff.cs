namespace Platform.Blogging.Revisions;

/// <summary>
/// A line diff by Myers' O(ND) algorithm (the shortest edit script), after trimming the common head and tail. Bounded:
/// texts of more than <see cref="MaxLines"/> lines, or edits of more than <see cref="MaxEdits"/> lines, give the
/// coarse answer (every old line removed, every new line added) instead of taking quadratic time or memory.
/// </summary>
public static class LineDiff
{
    /// <summary>The most lines of each text that are compared line by line.</summary>
    public const int MaxLines = 20_000;

    /// <summary>The most inserted plus deleted lines searched for; past it the diff is coarse.</summary>
    public const int MaxEdits = 2_000;

    /// <summary>The lines of <paramref name="newText"/> against <paramref name="oldText"/>, in order.</summary>
    public static IReadOnlyList<DiffLine> Compare(string? oldText, string? newText)
    {
        var a = Lines(oldText);
        var b = Lines(newText);
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[a.Length - 1 - tail] == b[b.Length - 1 - tail])
        {
            tail++;
        }

        var result = new List<DiffLine>(a.Length + b.Length);
        for (var i = 0; i < head; i++)
        {
            result.Add(new DiffLine(DiffLineKind.Same, a[i], i + 1, i + 1));
        }

        var middleA = a[head..^tail];
        var middleB = b[head..^tail];
        var script = middleA.Length > MaxLines || middleB.Length > MaxLines ? null : Myers(middleA, middleB);
        if (script is null)
        {
            script = [.. Enumerable.Repeat(DiffLineKind.Removed, middleA.Length), .. Enumerable.Repeat(DiffLineKind.Added, middleB.Length)];
        }

        int x = 0, y = 0;
        foreach (var kind in script)
        {
            switch (kind)
            {
                case DiffLineKind.Same:
                    result.Add(new DiffLine(kind, middleA[x], head + x + 1, head + y + 1));
                    x++;
                    y++;
                    break;
                case DiffLineKind.Removed:
                    result.Add(new DiffLine(kind, middleA[x], head + x + 1, null));
                    x++;
                    break;
                default:
                    result.Add(new DiffLine(kind, middleB[y], null, head + y + 1));
                    y++;
                    break;
            }
        }

        for (var i = tail; i > 0; i--)
        {
            result.Add(new DiffLine(DiffLineKind.Same, a[^i], a.Length - i + 1, b.Length - i + 1));
        }

        return result;
    }

    /// <summary>Whether nothing differs.</summary>
    public static bool Unchanged(IReadOnlyList<DiffLine> diff) => diff?.All(l => l.Kind == DiffLineKind.Same) ?? true;

    private static string[] Lines(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');

    /// <summary>The edit script turning <paramref name="a"/> into <paramref name="b"/>, or null past <see cref="MaxEdits"/>.</summary>
    private static List<DiffLineKind>? Myers(string[] a, string[] b)
    {
        int n = a.Length, m = b.Length;
        var max = Math.Min(n + m, MaxEdits);
        var offset = max + 1;
        var v = new int[(2 * max) + 3];
        var trace = new List<int[]>();
        for (var d = 0; d <= max; d++)
        {
            // V is kept for each d over diagonals -d..d only: O(D²) memory in all.
            var kept = new int[(2 * d) + 1];
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    Array.Copy(v, offset - d, kept, 0, kept.Length);
                    trace.Add(kept);
                    return Backtrack(trace, n, m);
                }
            }

            Array.Copy(v, offset - d, kept, 0, kept.Length);
            trace.Add(kept);
        }

        return null;
    }

    private static List<DiffLineKind> Backtrack(List<int[]> trace, int n, int m)
    {
        var script = new List<DiffLineKind>(n + m);
        int x = n, y = m;
        for (var d = trace.Count - 1; d > 0; d--)
        {
            var previous = trace[d - 1];
            int At(int k) => previous[k + (d - 1)];
            var k = x - y;
            var down = k == -d || (k != d && At(k - 1) < At(k + 1));
            var previousK = down ? k + 1 : k - 1;
            var previousX = At(previousK);
            var previousY = previousX - previousK;
            while (x > previousX && y > previousY)
            {
                script.Add(DiffLineKind.Same);
                x--;
                y--;
            }

            script.Add(down ? DiffLineKind.Added : DiffLineKind.Removed);
            x = previousX;
            y = previousY;
        }

        while (x > 0 && y > 0)
        {
            script.Add(DiffLineKind.Same);
            x--;
            y--;
        }

        script.Reverse();
        return script;
    }
}
