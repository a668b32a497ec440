namespace Platform.Blogging.Revisions;

/// <summary>
/// The list of a post's kept revisions (<c>postrevisions/{blog}/{id}</c>, state <c>revisions</c>): numbers, times,
/// authors and reasons, oldest first; their sources are rows of their own (<see cref="RevisionSourceState"/>).
/// </summary>
[GenerateSerializer]
[Alias("platform.PostRevisionsState")]
public sealed class PostRevisionsState
{
    /// <summary>The highest revision number given so far (numbers are never reused, even after pruning).</summary>
    [Id(0)]
    public long LastNumber { get; set; }

    /// <summary>The kept revisions, oldest first.</summary>
    [Id(1)]
    public List<PostRevisionInfo> Items { get; set; } = [];
}
