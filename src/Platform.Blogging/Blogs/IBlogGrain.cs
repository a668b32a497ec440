using Orleans.Concurrency;
using Platform.Blogging.Counters;

namespace Platform.Blogging.Blogs;

/// <summary>
/// A blog (key: the blog's name): settings, the post index, categories, tags, permalinks with history, and the
/// per-day view totals. Posts' bodies live in their own grains. The blog never calls a post grain (posts call
/// the blog to roll up counters), so there are no call cycles. It calls only the directory's partitions.
/// </summary>
[Alias("platform.IBlogGrain")]
public interface IBlogGrain : IGrainWithStringKey
{
    /// <summary>Creates the blog; <see cref="Errors.BlogAlreadyExistsException"/> if it exists.</summary>
    Task<BlogSettings> Create(BlogSettings settings);

    /// <summary>
    /// The blog's version and, unless the caller already holds <paramref name="knownVersion"/>, its index. Silo-local
    /// caches (<see cref="Caching.BlogSnapshots"/>) call this as a cheap revision probe. Never waits on other reads.
    /// </summary>
    [ReadOnly]
    Task<BlogRead> Read(long knownVersion);

    /// <summary>The settings, or null when there is no such blog: for writers, without building a snapshot.</summary>
    [ReadOnly]
    Task<BlogSettings?> GetSettings();

    /// <summary>A post's index entry (any status), or null.</summary>
    [ReadOnly]
    Task<PostEntry?> GetEntry(string postId);

    /// <summary>Changes settings; every field is validated.</summary>
    Task<BlogSettings> UpdateSettings(BlogSettingsUpdate update);

    /// <summary>
    /// Works out the slug and permalink a post would get (unique in the blog) without storing anything.
    /// An explicit slug or permalink that another post holds raises <see cref="Errors.SlugConflictException"/>.
    /// </summary>
    [ReadOnly]
    Task<PostEntry> PrepareEntry(PostEntryRequest request);

    /// <summary>Stores a post's index entry (checking uniqueness again) and keeps its former permalink as a redirect.</summary>
    Task<PostEntry> CommitEntry(PostEntryRequest request);

    /// <summary>Removes a post from the index.</summary>
    Task RemoveEntry(string postId);

    /// <summary>The post imported from a Jekyll source file name, if any.</summary>
    [ReadOnly]
    Task<string?> FindBySource(string sourceName);

    /// <summary>Applies a post's counter batch once (a repeated sequence number is ignored).</summary>
    Task ApplyRollup(RollupBatch batch);

    /// <summary>Views per day between two days of the blog's time zone, and the top posts.</summary>
    [ReadOnly]
    Task<BlogAnalytics> GetAnalytics(DateOnly first, DateOnly last, int top);

    /// <summary>The views rolled up so far of the posts that carry <paramref name="tag"/> now.</summary>
    [ReadOnly]
    Task<long> GetTagViews(string tag);

    /// <summary>Marks scheduled posts whose time has come as published and stores that.</summary>
    Task<int> PublishDue();
}
