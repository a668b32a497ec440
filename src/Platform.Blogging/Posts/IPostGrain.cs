using Orleans.Concurrency;
using Platform.Blogging.Counters;

namespace Platform.Blogging.Posts;

/// <summary>
/// A post (key <c>"{blog}/{postId}"</c>, see <see cref="PostKey"/>): its Markdown, its rendered HTML and its counters.
/// Readers never call it per view: each silo caches the post (<see cref="Caching.PostSnapshots"/>) and counts views
/// in its <see cref="ViewCounter"/>, which sends each post one batch per flush interval.
/// </summary>
[Alias("platform.IPostGrain")]
public interface IPostGrain : IGrainWithStringKey
{
    /// <summary>The post for authors, or null when it does not exist.</summary>
    [ReadOnly]
    Task<PostDocument?> GetDocument();

    /// <summary>
    /// The revision and counters and, unless the caller already holds <paramref name="knownRevision"/>, the content:
    /// the silo caches' revision probe. Never waits on other reads.
    /// </summary>
    [ReadOnly]
    Task<PostRead> Read(long knownRevision);

    /// <summary>
    /// Adds a silo's batch of views and likes, once: the counters are written before this returns (a crash after
    /// it loses nothing) and rolled up to the blog and the tags. A batch for a post that does not exist is dropped.
    /// </summary>
    Task Record(CounterBatch batch);

    /// <summary>
    /// Stores new content. <paramref name="expectedRevision"/> 0 means "create: must not exist"; otherwise it must be
    /// the current revision (<see cref="Errors.RevisionMismatchException"/>). Returns the stored document.
    /// </summary>
    Task<PostDocument> Save(PostContent content, long expectedRevision);

    /// <summary>Deletes the post (checking the revision unless null) and clears its stored content.</summary>
    Task Delete(long? expectedRevision);
}
