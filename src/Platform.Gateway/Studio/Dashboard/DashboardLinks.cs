using Platform.Blogging.Analytics;
using Platform.Gateway.Analytics.Stats;

namespace Platform.Gateway.Studio.Dashboard;

/// <summary>The dashboard's query strings: a period and its filters, as the Stats API spells them.</summary>
internal static class DashboardLinks
{
    /// <summary>The query string of a period and filters.</summary>
    public static string Query(StatsRange range, IReadOnlyList<AnalyticsFilter> filters)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(filters);
        var query = range.Period switch
        {
            "custom" => $"?period=custom&date={range.First:yyyy-MM-dd},{range.Last:yyyy-MM-dd}",
            "month" or "6mo" or "12mo" => $"?period={range.Period}&date={range.First:yyyy-MM-dd}",
            _ => $"?period={range.Period}&date={range.Last:yyyy-MM-dd}",
        };
        return filters.Count == 0 ? query : query + "&filters=" + Uri.EscapeDataString(StatsFilters.Format(filters));
    }
}
