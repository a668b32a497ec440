namespace Platform.Blogging.Analytics;

/// <summary>
/// Counts of a group. Visitors are unique per day (the daily salt makes the same person a new visitor each day), so
/// over several days they are the sum of daily uniques; within a day they are a HyperLogLog estimate.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.AnalyticsCounts")]
public sealed record AnalyticsCounts(
    [property: Id(0)] long Visitors,
    [property: Id(1)] long Visits,
    [property: Id(2)] long Pageviews,
    [property: Id(3)] long Bounces,
    [property: Id(4)] long Duration)
{
    /// <summary>No traffic.</summary>
    public static AnalyticsCounts Empty { get; } = new(0, 0, 0, 0, 0);

    /// <summary>Views per visit, to two decimals.</summary>
    public double ViewsPerVisit => Visits == 0 ? 0 : Math.Round((double)Pageviews / Visits, 2);

    /// <summary>The share of one-view visits, in whole percent.</summary>
    public long BounceRate => Visits == 0 ? 0 : (long)Math.Round(100.0 * Bounces / Visits, MidpointRounding.AwayFromZero);

    /// <summary>The mean visit duration, in whole seconds.</summary>
    public long VisitDuration => Visits == 0 ? 0 : (long)Math.Round((double)Duration / Visits, MidpointRounding.AwayFromZero);
}

/// <summary>One group of an answer: the range, a time bucket (its start, local) or a property value.</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.AnalyticsGroup")]
public sealed record AnalyticsGroup([property: Id(0)] string Key, [property: Id(1)] AnalyticsCounts Counts);

/// <summary>The answer to an <see cref="AnalyticsQuery"/>.</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.AnalyticsResult")]
public sealed record AnalyticsResult(
    [property: Id(0)] IReadOnlyList<AnalyticsGroup> Groups,
    [property: Id(1)] int TotalGroups,
    [property: Id(2)] bool Sampled);
