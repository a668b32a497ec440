namespace Platform.Blogging.Analytics;

/// <summary>
/// A blog's analytics grain state: which rows exist. Hour rows (<c>yyyyMMddHH</c>, UTC) hold the last 48 hours;
/// day rows (<c>yyyy-MM-dd</c>, the blog's days) hold older days until <see cref="AnalyticsOptions.RetentionDays"/>;
/// month rows hold totals and roll-ups. A key listed here whose row was never written reads as empty.
/// </summary>
public sealed class BlogAnalyticsState
{
    /// <summary>The blog's time zone as of the last batch (days are cut in it).</summary>
    public string? TimeZone { get; set; }

    /// <summary>Hour rows, by UTC hour.</summary>
    public List<string> Hours { get; set; } = [];

    /// <summary>Day rows, by day of the blog's time zone.</summary>
    public List<string> Days { get; set; } = [];

    /// <summary>Month rows (<c>yyyy-MM</c>).</summary>
    public List<string> Months { get; set; } = [];
}
