using System.Text;
using Platform.Blogging.Analytics;

namespace Platform.Gateway.Analytics.Stats;

/// <summary>
/// Plausible's v1 filter syntax: <c>property==value</c> or <c>property!=value</c>, joined by <c>;</c> (AND);
/// <c>|</c> separates values (IN), <c>*</c> is a wildcard, and a backslash escapes <c>|</c>, <c>;</c> or itself.
/// </summary>
internal static class StatsFilters
{
    /// <summary>The most filters in one query, and the most values in one filter.</summary>
    public const int MaxFilters = 10;

    public static IReadOnlyList<AnalyticsFilter> Parse(string? filters)
    {
        if (string.IsNullOrWhiteSpace(filters))
        {
            return [];
        }

        if (filters.Length > 2000)
        {
            throw new StatsInputException("filters", "filters is longer than 2000 characters.");
        }

        var result = new List<AnalyticsFilter>();
        foreach (var clause in Split(filters, ';'))
        {
            if (clause.Trim().Length == 0)
            {
                continue;
            }

            var equal = clause.IndexOf("==", StringComparison.Ordinal);
            var notEqual = clause.IndexOf("!=", StringComparison.Ordinal);
            var at = equal >= 0 && (notEqual < 0 || equal < notEqual) ? equal : notEqual;
            if (at <= 0)
            {
                throw new StatsInputException("filters", $"'{clause}' is not a filter: write property==value or property!=value.");
            }

            var name = clause[..at].Trim();
            var property = StatsProperty.TryParse(name, out var p)
                ? p
                : throw new StatsInputException("filters", $"Unknown filter property '{name}'. Use one of: {string.Join(", ", StatsProperty.Names)}.");
            var values = Split(clause[(at + 2)..], '|').Select(Unescape).ToList();
            if (values.Count == 0 || values.Any(v => v.Length == 0))
            {
                throw new StatsInputException("filters", $"The filter on '{name}' has an empty value.");
            }

            var negated = at == notEqual;
            if (negated && values.Count > 1)
            {
                throw new StatsInputException("filters", $"The filter on '{name}' excludes several values; '!=' takes one.");
            }

            result.Add(new AnalyticsFilter(property, negated, values));
        }

        if (result.Count > MaxFilters)
        {
            throw new StatsInputException("filters", $"At most {MaxFilters} filters may be combined.");
        }

        return result;
    }

    /// <summary>Writes filters back in the same syntax (the dashboard's links).</summary>
    public static string Format(IEnumerable<AnalyticsFilter> filters) =>
        string.Join(';', filters.Select(f => StatsProperty.Name(f.Property) + (f.Negated ? "!=" : "==") + string.Join('|', f.Values.Select(Escape))));

    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal);

    private static IEnumerable<string> Split(string text, char separator)
    {
        var part = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                part.Append(text[i]).Append(text[i + 1]);
                i++;
            }
            else if (text[i] == separator)
            {
                yield return part.ToString();
                part.Clear();
            }
            else
            {
                part.Append(text[i]);
            }
        }

        yield return part.ToString();
    }

    private static string Unescape(string value)
    {
        var result = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
            }

            result.Append(value[i]);
        }

        return result.ToString().Trim();
    }
}
