namespace Platform.Blogging.Analytics;

/// <summary>
/// One filter: a property equal to (or, <see cref="Negated"/>, not equal to) any of <see cref="Values"/>; a value
/// may hold <c>*</c> wildcards. Filters of a query all apply (AND).
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.AnalyticsFilter")]
public sealed record AnalyticsFilter(
    [property: Id(0)] AnalyticsProperty Property,
    [property: Id(1)] bool Negated,
    [property: Id(2)] IReadOnlyList<string> Values)
{
    /// <summary>Whether the filter tests each view rather than the visit.</summary>
    public bool IsEvent => Property is AnalyticsProperty.Page or AnalyticsProperty.Tag or AnalyticsProperty.Category;

    /// <summary>Whether <paramref name="value"/> is one of the values (before negation).</summary>
    public bool Matches(string value)
    {
        foreach (var pattern in Values)
        {
            if (Glob(pattern, value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the filter accepts <paramref name="value"/>.</summary>
    public bool Accepts(string value) => Matches(value) != Negated;

    private static bool Glob(string pattern, string value)
    {
        if (!pattern.Contains('*', StringComparison.Ordinal))
        {
            return string.Equals(pattern, value, StringComparison.Ordinal);
        }

        // Star matches any run of characters; matched greedily from both ends, then in order in the middle.
        var parts = pattern.Split('*');
        var position = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (i == 0)
            {
                if (!value.StartsWith(part, StringComparison.Ordinal))
                {
                    return false;
                }

                position = part.Length;
            }
            else if (i == parts.Length - 1)
            {
                return value.Length - part.Length >= position && value.EndsWith(part, StringComparison.Ordinal);
            }
            else
            {
                var found = value.IndexOf(part, position, StringComparison.Ordinal);
                if (found < 0)
                {
                    return false;
                }

                position = found + part.Length;
            }
        }

        return true;
    }
}
