namespace Platform.Blogging.Counters;

/// <summary>
/// Views and likes a silo's <see cref="ViewCounter"/> gathered for one post during one flush interval. A post
/// applies a batch once: <see cref="Sequence"/> increases per <see cref="Source"/> (one per silo process), and a
/// batch at or below the last one applied from that source is a retry and is ignored.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.CounterBatch")]
public sealed record CounterBatch
{
    /// <summary>The process that counted: a random id per silo start.</summary>
    [Id(0)]
    public required string Source { get; init; }

    /// <summary>The batch's number, increasing per source and post.</summary>
    [Id(1)]
    public required long Sequence { get; init; }

    /// <summary>Views per day of the post's time zone (<c>yyyy-MM-dd</c>).</summary>
    [Id(2)]
    public required IReadOnlyDictionary<string, long> DailyViews { get; init; }

    /// <summary>Likes added.</summary>
    [Id(3)]
    public long Likes { get; init; }

    /// <summary>The total views in this batch.</summary>
    public long Views => DailyViews.Values.Sum();
}
