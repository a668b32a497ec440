using Platform.Blogging.Analytics;
using Platform.Blogging.Authoring;
using Platform.Blogging.Blogs;

namespace Platform.Gateway.Analytics.Stats;

/// <summary>
/// The stats answers in Plausible's v1 shapes, shared by the API and the dashboard: times and days in the blog's
/// time zone, results as name-to-value maps ready for JSON.
/// </summary>
internal sealed class StatsService(IGrainFactory grains, BlogAuthoring authoring, TimeProvider time)
{
    /// <summary>The blog's settings and today's date in its time zone.</summary>
    public async Task<(BlogSettings Settings, DateOnly Today)> BlogAsync(string blog)
    {
        var settings = await authoring.GetSettingsAsync(blog);
        return (settings, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone(settings)).DateTime));
    }

    public async Task<Dictionary<string, Dictionary<string, object>>> AggregateAsync(string blog, BlogSettings settings, StatsRequest request)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(request);
        var grain = grains.GetGrain<IBlogAnalyticsGrain>(blog);
        var current = (await grain.Query(request.Query(settings.TimeZone, AnalyticsShape.Aggregate))).Groups[0].Counts;
        AnalyticsCounts? previous = null;
        if (request.Compare)
        {
            previous = (await grain.Query(request.Query(settings.TimeZone, AnalyticsShape.Aggregate, request.Range.Previous()))).Groups[0].Counts;
        }

        var results = new Dictionary<string, Dictionary<string, object>>(StringComparer.Ordinal);
        foreach (var metric in request.Metrics)
        {
            var value = StatsMetric.Value(current, metric);
            var entry = new Dictionary<string, object>(StringComparer.Ordinal) { ["value"] = value };
            if (previous is not null)
            {
                var before = StatsMetric.Value(previous, metric);
                entry["comparison_value"] = before;
                entry["change"] = StatsMetric.Change(metric, Convert.ToDouble(before, System.Globalization.CultureInfo.InvariantCulture), Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
            }

            results[metric] = entry;
        }

        return results;
    }

    public async Task<List<Dictionary<string, object>>> TimeseriesAsync(string blog, BlogSettings settings, StatsRequest request)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(request);
        var result = await grains.GetGrain<IBlogAnalyticsGrain>(blog).Query(request.Query(settings.TimeZone, AnalyticsShape.Timeseries));
        return [.. result.Groups.Select(g => Row("date", g, request.Metrics))];
    }

    public async Task<(List<Dictionary<string, object>> Rows, int Total)> BreakdownAsync(string blog, BlogSettings settings, StatsRequest request)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query(settings.TimeZone, AnalyticsShape.Breakdown);
        var result = await grains.GetGrain<IBlogAnalyticsGrain>(blog).Query(query);
        var key = StatsProperty.ResultKey(query.Property);
        return ([.. result.Groups.Select(g => Row(key, g, request.Metrics))], result.TotalGroups);
    }

    public Task<int> RealtimeAsync(string blog) => grains.GetGrain<IBlogAnalyticsGrain>(blog).GetRealtimeVisitors();

    /// <summary>Raw counts for the dashboard and the CSV export.</summary>
    public Task<AnalyticsResult> QueryAsync(string blog, AnalyticsQuery query) => grains.GetGrain<IBlogAnalyticsGrain>(blog).Query(query);

    private static TimeZoneInfo Zone(BlogSettings settings)
    {
        try
        {
            return settings.ResolveTimeZone();
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }

    private static Dictionary<string, object> Row(string key, AnalyticsGroup group, IReadOnlyList<string> metrics)
    {
        var row = new Dictionary<string, object>(StringComparer.Ordinal) { [key] = group.Key };
        foreach (var metric in metrics)
        {
            row[metric] = StatsMetric.Value(group.Counts, metric);
        }

        return row;
    }
}
