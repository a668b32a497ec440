namespace Platform.Blogging.Blogs;

/// <summary>A blog's counters (hot, small, written apart from the index).</summary>
[GenerateSerializer]
[Alias("platform.BlogStatsState")]
public sealed class BlogStatsState
{
    /// <summary>Views per day of the blog's time zone (<c>yyyy-MM-dd</c>).</summary>
    [Id(0)]
    public Dictionary<string, long> DailyViews { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Views per post id.</summary>
    [Id(1)]
    public Dictionary<string, long> PostViews { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Likes per post id.</summary>
    [Id(2)]
    public Dictionary<string, long> PostLikes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The last roll-up batch applied per post: a retried batch is recognised and not counted twice.</summary>
    [Id(3)]
    public Dictionary<string, long> AppliedBatches { get; set; } = new(StringComparer.Ordinal);
}
