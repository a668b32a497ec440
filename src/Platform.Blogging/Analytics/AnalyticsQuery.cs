namespace Platform.Blogging.Analytics;

/// <summary>How an answer is grouped.</summary>
public enum AnalyticsShape
{
    /// <summary>One group: the whole range.</summary>
    Aggregate,

    /// <summary>One group per hour, day or month of the range, in order, empty ones included.</summary>
    Timeseries,

    /// <summary>One group per value of a property, the most visitors first.</summary>
    Breakdown,
}

/// <summary>A time bucket of a timeseries.</summary>
public enum AnalyticsInterval
{
    /// <summary>Hours of the blog's time zone.</summary>
    Hour,

    /// <summary>Days.</summary>
    Day,

    /// <summary>Months.</summary>
    Month,
}

/// <summary>A question about a blog's traffic between two days of the blog's time zone, both included.</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.AnalyticsQuery")]
public sealed record AnalyticsQuery
{
    /// <summary>The first day.</summary>
    [Id(0)]
    public required DateOnly First { get; init; }

    /// <summary>The last day (included).</summary>
    [Id(1)]
    public required DateOnly Last { get; init; }

    /// <summary>The time zone the days are in (the blog's).</summary>
    [Id(2)]
    public required string TimeZone { get; init; }

    /// <summary>The grouping.</summary>
    [Id(3)]
    public AnalyticsShape Shape { get; init; }

    /// <summary>The bucket of a timeseries.</summary>
    [Id(4)]
    public AnalyticsInterval Interval { get; init; } = AnalyticsInterval.Day;

    /// <summary>The property of a breakdown.</summary>
    [Id(5)]
    public AnalyticsProperty Property { get; init; }

    /// <summary>Filters, all applied.</summary>
    [Id(6)]
    public IReadOnlyList<AnalyticsFilter> Filters { get; init; } = [];

    /// <summary>Breakdown rows per page.</summary>
    [Id(7)]
    public int Limit { get; init; } = 100;

    /// <summary>The breakdown page, from 1.</summary>
    [Id(8)]
    public int Page { get; init; } = 1;
}
