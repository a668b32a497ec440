using Platform.Blogging.Analytics;
using Platform.Blogging.Blogs;
using Platform.Gateway.Analytics.Stats;
using Platform.Gateway.Studio.Shell;

namespace Platform.Gateway.Studio.Dashboard;

/// <summary>Everything the analytics dashboard shows, gathered before rendering.</summary>
internal sealed record DashboardModel(
    string Blog,
    BlogSettings Settings,
    StatsRange Range,
    IReadOnlyList<AnalyticsFilter> Filters,
    AnalyticsInterval Interval,
    AnalyticsCounts Current,
    AnalyticsCounts Previous,
    AnalyticsResult Series,
    IReadOnlyList<(string Title, AnalyticsProperty Property, AnalyticsResult Rows)> Panels,
    int Realtime,
    DateOnly Today)
{
    /// <summary>The dashboard's own address.</summary>
    public string BaseUrl => StudioLinks.Analytics(Blog);

    /// <summary>The dashboard's address for <paramref name="range"/> and <paramref name="filters"/>.</summary>
    public string Link(StatsRange range, IReadOnlyList<AnalyticsFilter> filters) => BaseUrl + DashboardLinks.Query(range, filters);

    /// <summary>The same period with <paramref name="filters"/> instead of the current ones.</summary>
    public string Link(IReadOnlyList<AnalyticsFilter> filters) => Link(Range, filters);
}
