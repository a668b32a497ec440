using Platform.Blogging.Posts;
using Platform.Blogging.Revisions;
using Platform.Gateway.Studio.Tokens;

namespace Platform.Gateway.Studio.Posts;

/// <summary>What the history page shows: the kept revisions and, when one is chosen, its diff against the current post.</summary>
internal sealed record HistoryModel(
    StudioBlogRequest Request,
    PostDocument Post,
    IReadOnlyList<PostRevisionInfo> Revisions,
    PostRevisionInfo? Compared,
    IReadOnlyList<DiffLine>? Diff,
    int Limit,
    long? Restored,
    OwnerNames Names);
