namespace Platform.Blogging.Analytics;

/// <summary>Options of blog analytics, bound from the <c>Analytics</c> section.</summary>
public sealed class AnalyticsOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Analytics";

    /// <summary>Whether pageviews are collected at all (default on; off for benchmarks and for operators who do not want it).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Days whose visits are kept (default 730); older days keep their totals and roll up into months.</summary>
    public int RetentionDays { get; set; } = 730;

    /// <summary>
    /// The most visits a row records one by one (default 50,000): past it, visits count in the row's exact totals
    /// and breakdowns scale the recorded ones. Bounds a blog-day's memory and stored size.
    /// </summary>
    public int MaxVisitsPerDay { get; set; } = 50_000;

    /// <summary>How long hour rows are kept before they are compacted into day rows (48 hours).</summary>
    public static TimeSpan HourlyWindow { get; } = TimeSpan.FromHours(48);

    /// <summary>Throws naming the first option out of range.</summary>
    public void Validate()
    {
        if (RetentionDays is < 1 or > 36_500)
        {
            throw new InvalidOperationException("Configuration value Analytics:RetentionDays must be between 1 and 36500.");
        }

        if (MaxVisitsPerDay is < 100 or > 10_000_000)
        {
            throw new InvalidOperationException("Configuration value Analytics:MaxVisitsPerDay must be between 100 and 10000000.");
        }
    }
}
