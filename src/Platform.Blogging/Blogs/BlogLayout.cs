using Platform.Blogging.Partitions;

namespace Platform.Blogging.Blogs;

/// <summary>
/// How a blog's state is split (layout 3, see <c>docs/state-layout.md</c>). The counts are part of the stored
/// layout: changing one needs a migration.
/// </summary>
public static class BlogLayout
{
    /// <summary>The layout a blog's own state records once its index and counters are partitioned.</summary>
    public const int Partitioned = 3;

    /// <summary>
    /// Index partitions per blog: about six entries each (3 KiB) at 100,000 posts, so an edit there writes about as
    /// much as on a small blog. Activation reads them with one scan where the storage can (SQLite).
    /// </summary>
    public const int IndexPartitions = 16384;

    /// <summary>Counter partitions per blog (per-post totals): about 200 posts each at 100,000 posts.</summary>
    public const int StatsPartitions = 512;

    /// <summary>The grain type the index partitions are stored under (no grain of that type runs).</summary>
    public const string IndexGrainType = "blogindex";

    /// <summary>The grain type the counter partitions are stored under.</summary>
    public const string StatsGrainType = "blogstats";

    /// <summary>The grain type the per-month day totals are stored under.</summary>
    public const string DaysGrainType = "blogdays";

    /// <summary>The index partition of a post.</summary>
    public static int IndexPartitionOf(string postId) => PartitionHash.Partition(postId, IndexPartitions);

    /// <summary>The counter partition of a post.</summary>
    public static int StatsPartitionOf(string postId) => PartitionHash.Partition(postId, StatsPartitions);

    /// <summary>The storage key of a blog's partition: <c>{blog}/{n}</c>.</summary>
    public static string PartitionKey(string blog, int partition) => string.Concat(blog, "/", partition.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The partition number in a storage key made by <see cref="PartitionKey"/>.</summary>
    public static int ParsePartition(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return int.Parse(key.AsSpan(key.LastIndexOf('/') + 1), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The storage key of a blog's month of day totals: <c>{blog}/{yyyy-MM}</c>.</summary>
    public static string MonthKey(string blog, string month) => string.Concat(blog, "/", month);
}
