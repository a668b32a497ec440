namespace Platform.Blogging.Analytics;

/// <summary>
/// The pageviews one silo gathered for one blog during one flush interval. A blog applies a batch once:
/// <see cref="Sequence"/> increases per <see cref="Source"/> (one per silo process); a batch at or below the last
/// applied from that source is a retry and is ignored.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.AnalyticsBatch")]
public sealed record AnalyticsBatch
{
    /// <summary>The process that collected: a random id per silo start.</summary>
    [Id(0)]
    public required string Source { get; init; }

    /// <summary>The batch's number, increasing per source.</summary>
    [Id(1)]
    public required long Sequence { get; init; }

    /// <summary>The blog's time zone when the views were served (days are cut in it).</summary>
    [Id(2)]
    public required string TimeZone { get; init; }

    /// <summary>The pageviews, in the order they were served.</summary>
    [Id(3)]
    public required IReadOnlyList<PageviewEvent> Events { get; init; }
}
