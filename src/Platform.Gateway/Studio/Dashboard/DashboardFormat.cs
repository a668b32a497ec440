using System.Globalization;
using Platform.Blogging.Analytics;
using Platform.Gateway.Analytics.Stats;

namespace Platform.Gateway.Studio.Dashboard;

/// <summary>How the dashboard writes its figures, changes and chart labels.</summary>
internal static class DashboardFormat
{
    /// <summary>The periods offered as links, in order.</summary>
    public static readonly IReadOnlyList<string> Periods = ["day", "7d", "30d", "month", "6mo", "12mo"];

    /// <summary>A metric's value as shown on its card.</summary>
    public static string Value(string metric, double value, CultureInfo culture) => metric switch
    {
        "bounce_rate" => value.ToString("0", culture) + "%",
        "visit_duration" => value >= 60 ? $"{(long)value / 60}m {(long)value % 60:00}s" : $"{value:0}s",
        "views_per_visit" => value.ToString("0.##", culture),
        _ => value.ToString("N0", culture),
    };

    /// <summary>A metric's value in <paramref name="counts"/>, as a number.</summary>
    public static double Of(AnalyticsCounts counts, string metric) =>
        Convert.ToDouble(StatsMetric.Value(counts, metric), CultureInfo.InvariantCulture);

    /// <summary>The chart's label for a group key (an hour, a day or a month).</summary>
    public static string Label(string key, AnalyticsInterval interval) => interval switch
    {
        AnalyticsInterval.Hour => key.Length >= 16 ? key[11..16] : key,
        AnalyticsInterval.Month => key.Length >= 7 ? key[..7] : key,
        _ => key.Length >= 10 ? key[5..10] : key,
    };

    /// <summary>Whether the group <paramref name="key"/> is still being counted (today, or this month).</summary>
    public static bool IsCurrent(string key, AnalyticsInterval interval, DateOnly today) => interval switch
    {
        AnalyticsInterval.Month => key.StartsWith(today.ToString("yyyy-MM", CultureInfo.InvariantCulture), StringComparison.Ordinal),
        AnalyticsInterval.Day => key == today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => false,
    };

    /// <summary>A date as the dashboard's links and fields write it.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
