namespace Platform.Blogging.Analytics;

/// <summary>
/// A month of a blog's analytics in summary: each day's totals (written when the day's hours are compacted), and,
/// once days pass <see cref="AnalyticsOptions.RetentionDays"/> and their visits are deleted, the month's top values
/// per property built from them.
/// </summary>
public sealed class AnalyticsMonthState
{
    /// <summary>Totals by day of the blog's time zone (<c>yyyy-MM-dd</c>).</summary>
    public Dictionary<string, DayTotals> Days { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Days whose visits were deleted and folded into <see cref="Rollup"/>.</summary>
    public List<string> RolledDays { get; set; } = [];

    /// <summary>For rolled-up days: property name to its top values.</summary>
    public Dictionary<string, List<RolledValue>> Rollup { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>One day's totals; <see cref="Visitors"/> is that day's unique visitors (a sketch estimate).</summary>
public sealed class DayTotals
{
    /// <summary>Unique visitors of the day.</summary>
    public long Visitors { get; set; }

    /// <summary>Visits.</summary>
    public long Visits { get; set; }

    /// <summary>Views.</summary>
    public long Pageviews { get; set; }

    /// <summary>One-view visits.</summary>
    public long Bounces { get; set; }

    /// <summary>Summed visit durations, in seconds.</summary>
    public long Duration { get; set; }
}

/// <summary>A property value's totals over rolled-up days (visitors: the sum of daily uniques).</summary>
public sealed class RolledValue
{
    /// <summary>The value, as breakdowns show it.</summary>
    public string Value { get; set; } = "";

    /// <summary>The totals.</summary>
    public DayTotals Totals { get; set; } = new();
}
