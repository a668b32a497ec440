using Platform.Actors;

namespace Platform.Blogging.Posts;

/// <summary>
/// A post (key <c>"{blog}/{postId}"</c>, see <see cref="PostKey"/>): its Markdown, its rendered HTML and its counters.
/// Views and likes cost no storage I/O: they are written behind on a timer and rolled up to the blog and tags.
/// </summary>
public interface IPostGrain : IGrainWithStringKey
{
    /// <summary>The post for authors, or null when it does not exist.</summary>
    [ReadOnly]
    Task<PostDocument?> GetDocument();

    /// <summary>The page data, or null; records one view when <paramref name="countView"/> is true. Runs beside a flush.</summary>
    [AlwaysInterleave]
    Task<PostPage?> View(bool countView);

    /// <summary>Adds a like; returns the post's likes. Runs beside a flush.</summary>
    [AlwaysInterleave]
    Task<long> AddLike();

    /// <summary>
    /// Stores new content. <paramref name="expectedRevision"/> 0 means "create: must not exist"; otherwise it must be
    /// the current revision (<see cref="Errors.RevisionMismatchException"/>). Returns the stored document.
    /// </summary>
    Task<PostDocument> Save(PostContent content, long expectedRevision);

    /// <summary>Deletes the post (checking the revision unless null) and clears its stored content.</summary>
    Task Delete(long? expectedRevision);

    /// <summary>Writes the counters and rolls them up now, instead of at the next flush.</summary>
    Task Flush();
}
