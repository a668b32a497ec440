using Microsoft.AspNetCore.Http;
using Platform.Blogging.Analytics;

namespace Platform.Gateway.Analytics.Stats;

/// <summary>The query string of a stats request, checked: every bad parameter is a <see cref="StatsInputException"/> naming it.</summary>
internal sealed record StatsRequest(
    StatsRange Range,
    IReadOnlyList<string> Metrics,
    IReadOnlyList<AnalyticsFilter> Filters,
    bool Compare,
    string? IntervalText,
    string? PropertyText,
    int Limit,
    int Page)
{
    public const int MaxLimit = 1000;

    public static StatsRequest Parse(IQueryCollection query, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(query);
        var range = StatsRange.Parse(query["period"], query["date"], today);
        var compare = query["compare"].ToString() switch
        {
            "" => false,
            "previous_period" => true,
            var other => throw new StatsInputException("compare", $"Unknown compare '{other}'. Use compare=previous_period."),
        };
        return new StatsRequest(
            range,
            StatsMetric.Parse(query["metrics"]),
            StatsFilters.Parse(query["filters"]),
            compare,
            query["interval"].ToString() is { Length: > 0 } interval ? interval : null,
            query["property"].ToString() is { Length: > 0 } property ? property : null,
            Number(query["limit"], "limit", 100, 1, MaxLimit),
            Number(query["page"], "page", 1, 1, 100_000));
    }

    public AnalyticsQuery Query(string timeZone, AnalyticsShape shape, StatsRange? range = null) => new()
    {
        First = (range ?? Range).First,
        Last = (range ?? Range).Last,
        TimeZone = timeZone,
        Shape = shape,
        Interval = shape == AnalyticsShape.Timeseries ? Range.Interval(IntervalText) : AnalyticsInterval.Day,
        Property = shape == AnalyticsShape.Breakdown ? StatsProperty.Parse(PropertyText, "property") : default,
        Filters = Filters,
        Limit = Limit,
        Page = Page,
    };

    private static int Number(string? text, string name, int fallback, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new StatsInputException(name, $"{name} must be a whole number from {min} to {max}.");
        }

        return value;
    }
}
