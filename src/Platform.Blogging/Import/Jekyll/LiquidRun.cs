using System.Text;

namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// The state of one post's Liquid rendering, shared by the post's template and its includes: variables, filters,
/// problems (each reported once), the parsed includes, and the limits (loop iterations, characters rendered,
/// include depth) with whether one was reached.
/// </summary>
internal sealed class LiquidRun
{
    private readonly HashSet<(int, string)> _reported = [];
    private long _characters;
    private int _iterations;

    public LiquidRun(LiquidContext context)
    {
        Context = context;
        Variables = new LiquidVariables(context);
        Filters = new LiquidFilters(context);
    }

    public LiquidContext Context { get; }

    public LiquidVariables Variables { get; }

    public LiquidFilters Filters { get; }

    public List<LiquidProblem> Problems { get; } = [];

    /// <summary>Parsed include files by path (null: not in the site).</summary>
    public Dictionary<string, LiquidParsed?> Includes { get; } = new(StringComparer.Ordinal);

    /// <summary><c>increment</c>/<c>decrement</c> counters and <c>cycle</c> positions, apart from assigned variables, as in Liquid.</summary>
    public Dictionary<string, long> Counters { get; } = new(StringComparer.Ordinal);

    /// <summary>How deep includes are nested now.</summary>
    public int IncludeDepth { get; set; }

    /// <summary>Why rendering stopped (a limit), or null while it runs.</summary>
    public string? Stopped { get; private set; }

    /// <summary>Adds a problem, unless the same one (same line, same message) was added already (a loop repeats them).</summary>
    public void Report(int line, string message)
    {
        if (_reported.Add((line, message)))
        {
            Problems.Add(new LiquidProblem(line, message));
        }
    }

    /// <summary>Appends <paramref name="text"/> to <paramref name="output"/>, counting it against the output limit.</summary>
    public void Append(StringBuilder output, string text)
    {
        if (Stopped is not null)
        {
            return;
        }

        _characters += text.Length;
        if (_characters > Context.MaxOutputChars)
        {
            Stopped = $"the Liquid renders more than {Context.MaxOutputChars} characters";
            return;
        }

        // Keeps a code span from running into a backtick that follows it.
        if (output.Length > 0 && output[^1] == '`' && text.StartsWith('`'))
        {
            output.Append(' ');
        }

        output.Append(text);
    }

    /// <summary>Counts one loop iteration; false (and rendering stops) past the limit.</summary>
    public bool Iterate()
    {
        if (Stopped is not null)
        {
            return false;
        }

        if (++_iterations > Context.MaxIterations)
        {
            Stopped = $"the loops run more than {Context.MaxIterations} times in all";
            return false;
        }

        return true;
    }
}
