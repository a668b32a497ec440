namespace Platform.Blogging.Blogs;

/// <summary>
/// One of a blog's counter partitions (layout 3): all-time totals of the posts whose id hashes to it, the last
/// roll-up applied per post, and day totals written here but not yet folded into their month.
/// </summary>
[GenerateSerializer]
[Alias("platform.StatsBucketState")]
public sealed class StatsBucketState
{
    /// <summary>Totals per post id.</summary>
    [Id(0)]
    public Dictionary<string, PostTally> Posts { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Views per day (<c>yyyy-MM-dd</c>) not yet folded into the month rows.</summary>
    [Id(1)]
    public Dictionary<string, long> PendingDays { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Increases with every write; a month row records the last one it folded from this partition.</summary>
    [Id(2)]
    public long Sequence { get; set; }
}

/// <summary>A post's all-time totals as its blog has rolled them up, and the last roll-up applied.</summary>
[GenerateSerializer]
[Alias("platform.PostTally")]
public sealed class PostTally
{
    /// <summary>Views.</summary>
    [Id(0)]
    public long Views { get; set; }

    /// <summary>Likes.</summary>
    [Id(1)]
    public long Likes { get; set; }

    /// <summary>The sequence of the last roll-up applied (a repeated one is ignored).</summary>
    [Id(2)]
    public long Applied { get; set; }
}
