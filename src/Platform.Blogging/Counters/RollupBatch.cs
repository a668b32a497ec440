namespace Platform.Blogging.Counters;

/// <summary>
/// Counts a post hands to its blog. <see cref="Sequence"/> increases per post; the blog applies a batch
/// only if its sequence is above the last it applied for that post, so retries never count twice.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.RollupBatch")]
public sealed record RollupBatch
{
    /// <summary>The post's id within its blog.</summary>
    [Id(0)]
    public required string PostId { get; init; }

    /// <summary>The batch's number, increasing per post.</summary>
    [Id(1)]
    public required long Sequence { get; init; }

    /// <summary>Views per day (<c>yyyy-MM-dd</c> in the blog's time zone).</summary>
    [Id(2)]
    public required IReadOnlyDictionary<string, long> DailyViews { get; init; }

    /// <summary>Likes added.</summary>
    [Id(3)]
    public long Likes { get; init; }

    /// <summary>The total views in this batch.</summary>
    public long Views => DailyViews.Values.Sum();
}
