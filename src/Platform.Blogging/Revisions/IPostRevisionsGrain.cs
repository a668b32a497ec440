using Orleans.Concurrency;

namespace Platform.Blogging.Revisions;

/// <summary>
/// A post's history (key <c>"{blog}/{postId}"</c>, as the post's): the last <c>Blogging:Revisions</c> revisions,
/// kept apart from the post's own state so that reading or saving a post never loads its history.
/// </summary>
[Alias("platform.IPostRevisionsGrain")]
public interface IPostRevisionsGrain : IGrainWithStringKey
{
    /// <summary>The kept revisions, newest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<PostRevisionInfo>> List();

    /// <summary>A kept revision with its source, or null when there is no such revision (never made, or pruned).</summary>
    [ReadOnly]
    Task<PostRevision?> Find(long number);

    /// <summary>
    /// Keeps a revision of what was just stored: a new one, or, for a save within the coalescing window of the last
    /// save by the same writer, the last one rewritten. Returns what was kept, or null when nothing was (a save that
    /// changed nothing, or revisions are switched off).
    /// </summary>
    Task<PostRevisionInfo?> Record(RevisionRecord record);

    /// <summary>Deletes every revision (the post was deleted).</summary>
    Task Clear();
}
