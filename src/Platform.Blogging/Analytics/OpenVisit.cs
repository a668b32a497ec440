namespace Platform.Blogging.Analytics;

/// <summary>A visit that may still go on (its last view under 30 minutes ago), held in the grain's memory only.</summary>
internal sealed class OpenVisit(AnalyticsRow row, VisitRecord? visit, DateTimeOffset start)
{
    /// <summary>How long a visit stays open after its last view.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    /// <summary>The row the visit started in.</summary>
    public AnalyticsRow Row { get; } = row;

    /// <summary>The visit's record, or null when the row was past its cap and counts it only in its totals.</summary>
    public VisitRecord? Visit { get; } = visit;

    /// <summary>The first view.</summary>
    public DateTimeOffset Start { get; } = start;

    /// <summary>The latest view.</summary>
    public DateTimeOffset LastSeen { get; set; } = start;

    /// <summary>Views so far.</summary>
    public int Pageviews { get; set; } = 1;

    /// <summary>Seconds from the first view to the latest.</summary>
    public int Duration { get; set; }
}
