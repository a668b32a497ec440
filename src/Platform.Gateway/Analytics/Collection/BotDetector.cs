using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.Gateway.Pages;

namespace Platform.Gateway.Analytics.Collection;

/// <summary>
/// Tells crawlers, monitors, link previewers and HTTP tools from browsers by their User-Agent, with the maintained
/// list of the <c>crawler-user-agents</c> package (about 1,500 regular expressions) combined into a few large
/// case-insensitive expressions, OR the fragments of <see cref="ViewCounting.BotFragments"/>.
/// </summary>
/// <remarks>
/// The fragments are always consulted as well, for two reasons: the maintained list is about crawlers and misses some
/// load and HTTP tools (<c>wrk</c> is not in it), and anything that view counting already refuses as a bot should be
/// a bot here too, so the two never disagree about a request. When the list file is missing or unreadable, the
/// fragments are all there is (<see cref="UsesMaintainedList"/> is false). An empty or blank User-Agent is a bot:
/// browsers always send one. The verdict is cached per User-Agent (bounded), so a browser already seen costs one
/// dictionary lookup per view.
/// </remarks>
public sealed class BotDetector
{
    private const int PatternsPerExpression = 250;
    private const int CacheCapacity = 10_000;
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private static readonly TimeSpan s_matchTimeout = TimeSpan.FromSeconds(1);

    private readonly Regex[] _expressions;
    private readonly BoundedCache<bool> _cache = new(CacheCapacity);

    private BotDetector(Regex[] expressions, int patternCount, int skippedPatterns, string? loadError)
    {
        _expressions = expressions;
        UsesMaintainedList = expressions.Length > 0;
        PatternCount = UsesMaintainedList ? patternCount : ViewCounting.BotFragments.Length;
        SkippedPatterns = skippedPatterns;
        LoadError = loadError;
    }

    /// <summary>True when the maintained crawler list was loaded; false when only the built-in fragments are used.</summary>
    public bool UsesMaintainedList { get; }

    /// <summary>How many patterns are in use: the maintained list's (that compiled), or the built-in fragments' when it is not loaded.</summary>
    public int PatternCount { get; }

    /// <summary>Patterns of the maintained list that .NET's regex engine does not accept, left out.</summary>
    public int SkippedPatterns { get; }

    /// <summary>Why the maintained list was not loaded (missing or unreadable file), or null when it was.</summary>
    public string? LoadError { get; }

    /// <summary>A detector with the built-in fragments only.</summary>
    public static BotDetector BuiltIn() => new([], 0, 0, "no crawler list was given");

    /// <summary>Loads the crawler list (a JSON array of objects with a <c>pattern</c> field); falls back to the built-in fragments if it cannot.</summary>
    /// <param name="path">The path of <c>crawler-user-agents.json</c>.</param>
    public static BotDetector Load(string path)
    {
        if (!File.Exists(path))
        {
            return new([], 0, 0, $"{path} does not exist");
        }

        List<string> patterns;
        try
        {
            patterns = ReadPatterns(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException)
        {
            return new([], 0, 0, $"{path} could not be read: {ex.Message}");
        }

        var usable = new List<string>(patterns.Count);
        var skipped = 0;
        foreach (var pattern in patterns)
        {
            if (Compiles(pattern))
            {
                usable.Add(pattern);
            }
            else
            {
                skipped++;
            }
        }

        if (usable.Count == 0)
        {
            return new([], 0, skipped, $"{path} has no usable pattern");
        }

        var expressions = usable.Chunk(PatternsPerExpression)
            .Select(chunk => new Regex(string.Join('|', chunk.Select(p => "(?:" + p + ")")), Options | RegexOptions.Compiled, s_matchTimeout))
            .ToArray();
        return new(expressions, usable.Count, skipped, null);
    }

    /// <summary>True for a crawler, monitor, previewer or tool, and for an empty or blank User-Agent.</summary>
    /// <param name="userAgent">The User-Agent header.</param>
    public bool IsBot(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return true;
        }

        // One lookup per view in the steady state: the verdict (fragments and list together) is remembered per
        // User-Agent, so neither the fragment scan nor the expressions run again for a browser already seen.
        if (_cache.TryGet(userAgent, out var known))
        {
            return known;
        }

        if (ViewCounting.IsBot(userAgent))
        {
            _cache.Add(userAgent, true);
            return true;
        }

        if (_expressions.Length == 0)
        {
            _cache.Add(userAgent, false);
            return false;
        }

        var (bot, certain) = MatchesList(userAgent);
        if (certain)
        {
            _cache.Add(userAgent, bot);
        }

        return bot;
    }

    private (bool Bot, bool Certain) MatchesList(string userAgent)
    {
        foreach (var expression in _expressions)
        {
            try
            {
                if (expression.IsMatch(userAgent))
                {
                    return (true, true);
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological input, or a machine too busy to finish in time: not counted this once, and not
                // remembered, so a real browser is never stuck as a bot because one check ran out of time.
                return (true, false);
            }
        }

        return (false, true);
    }

    private static List<string> ReadPatterns(string path)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        var patterns = new List<string>();
        foreach (var entry in document.RootElement.EnumerateArray())
        {
            if (entry.ValueKind == JsonValueKind.Object
                && entry.TryGetProperty("pattern", out var pattern)
                && pattern.ValueKind == JsonValueKind.String
                && pattern.GetString() is { Length: > 0 } text)
            {
                patterns.Add(text);
            }
        }

        return patterns;
    }

    private static bool Compiles(string pattern)
    {
        try
        {
            _ = new Regex(pattern, Options);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
