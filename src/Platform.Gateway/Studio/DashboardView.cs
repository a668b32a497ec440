using Platform.Blogging.Analytics;
using Platform.Blogging.Blogs;
using Platform.Gateway.Analytics.Stats;

namespace Platform.Gateway.Studio;

/// <summary>Everything the analytics dashboard shows, gathered before rendering.</summary>
internal sealed record DashboardView(
    BlogSettings Settings,
    StudioText Text,
    StatsRange Range,
    IReadOnlyList<AnalyticsFilter> Filters,
    AnalyticsInterval Interval,
    AnalyticsCounts Current,
    AnalyticsCounts Previous,
    AnalyticsResult Series,
    IReadOnlyList<(string Title, AnalyticsProperty Property, AnalyticsResult Rows)> Panels,
    int Realtime,
    DateOnly Today);
