namespace Platform.Blogging.Blogs;

/// <summary>
/// One of a blog's index partitions (layout 3): the index entries of the posts whose id hashes to it, with their
/// former permalinks and Jekyll source names. Saving a post writes its one partition, whatever the blog's size.
/// </summary>
[GenerateSerializer]
[Alias("platform.IndexBucketState")]
public sealed class IndexBucketState
{
    /// <summary>Index entries by post id.</summary>
    [Id(0)]
    public Dictionary<string, PostEntry> Posts { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Former permalinks (normalised) of this partition's posts, and the post that had them.</summary>
    [Id(1)]
    public Dictionary<string, string> Redirects { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Jekyll source file names of this partition's posts.</summary>
    [Id(2)]
    public Dictionary<string, string> Sources { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The blog's version when the partition was last written: the blog's version is the highest of all.</summary>
    [Id(3)]
    public long Version { get; set; }
}
