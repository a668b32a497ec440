using Platform.Blogging.Analytics;

namespace Platform.Gateway.Analytics.Stats;

/// <summary>The metrics of Plausible's Stats API v1 that the platform counts.</summary>
internal static class StatsMetric
{
    public static readonly string[] All = ["visitors", "visits", "pageviews", "views_per_visit", "bounce_rate", "visit_duration"];

    public static IReadOnlyList<string> Parse(string? metrics)
    {
        if (string.IsNullOrWhiteSpace(metrics))
        {
            return ["visitors"];
        }

        var names = metrics.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0)
        {
            throw new StatsInputException("metrics", "metrics must name at least one metric.");
        }

        foreach (var name in names)
        {
            if (!All.Contains(name))
            {
                throw new StatsInputException("metrics", $"Unknown metric '{name}'. Use any of: {string.Join(", ", All)}.");
            }
        }

        return [.. names.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>A metric's value: whole numbers, and views per visit to two decimals.</summary>
    public static object Value(AnalyticsCounts counts, string metric)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return metric switch
        {
            "visitors" => counts.Visitors,
            "visits" => counts.Visits,
            "pageviews" => counts.Pageviews,
            "views_per_visit" => counts.ViewsPerVisit,
            "bounce_rate" => counts.BounceRate,
            "visit_duration" => counts.VisitDuration,
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown metric."),
        };
    }

    /// <summary>
    /// The change from <paramref name="previous"/> to <paramref name="current"/> as Plausible reports it: a rounded
    /// percentage, the difference in points for bounce rate, 100 from zero to anything, 0 from zero to zero.
    /// </summary>
    public static double Change(string metric, double previous, double current)
    {
        if (metric == "bounce_rate")
        {
            return current - previous;
        }

        if (previous == 0)
        {
            return current == 0 ? 0 : 100;
        }

        return Math.Round((current - previous) / previous * 100, MidpointRounding.AwayFromZero);
    }
}
