namespace Platform.Blogging.Blogs;

/// <summary>A blog's counters: before layout 3 all of them; from layout 3 which partitions and months hold them.</summary>
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

    /// <summary>0 while the four maps above hold the counters; <see cref="BlogLayout.Partitioned"/> once they live in partitions.</summary>
    [Id(4)]
    public int Layout { get; set; }

    /// <summary>The counter partitions that hold data (<see cref="Partitions.PartitionSet"/>, stored form).</summary>
    [Id(5)]
    public string? Partitions { get; set; }

    /// <summary>The months (<c>yyyy-MM</c>) that have a row of day totals.</summary>
    [Id(6)]
    public List<string> Months { get; set; } = [];
}
