namespace Platform.Blogging.Blogs;

/// <summary>A blog's own stored state: settings, version and which index partitions exist (layout 3); the post index itself before layout 3.</summary>
[GenerateSerializer]
[Alias("platform.BlogState")]
public sealed class BlogState
{
    /// <summary>Null until the blog is created.</summary>
    [Id(0)]
    public BlogSettings? Settings { get; set; }

    /// <summary>Index entries by post id.</summary>
    [Id(1)]
    public Dictionary<string, PostEntry> Posts { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Former permalinks (normalised) and the post that had them: they answer 301 to the current one.</summary>
    [Id(2)]
    public Dictionary<string, string> Redirects { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Jekyll source file names (e.g. <c>2025-01-02-hello.md</c>) and the posts imported from them.</summary>
    [Id(3)]
    public Dictionary<string, string> Sources { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Increases with every change; pages and feeds use it for ETags.</summary>
    [Id(4)]
    public long Version { get; set; }

    /// <summary>
    /// 0 for the layouts that kept every entry here (<see cref="Posts"/>, <see cref="Redirects"/> and
    /// <see cref="Sources"/>); <see cref="BlogLayout.Partitioned"/> once they live in index partitions and these
    /// three are empty.
    /// </summary>
    [Id(5)]
    public int Layout { get; set; }

    /// <summary>The index partitions that hold data (<see cref="Partitions.PartitionSet"/>, stored form).</summary>
    [Id(6)]
    public string? Partitions { get; set; }
}
