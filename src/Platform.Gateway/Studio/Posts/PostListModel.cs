using Platform.Blogging.Blogs;
using Platform.Gateway.Studio.Tokens;

namespace Platform.Gateway.Studio.Posts;

/// <summary>What the post list page shows: a page of entries, the filters and the choices for them.</summary>
internal sealed record PostListModel(
    StudioBlogRequest Request,
    PostListQuery Query,
    IReadOnlyList<PostEntry> Posts,
    int Total,
    int Pages,
    IReadOnlyList<string> TagChoices,
    IReadOnlyList<string> CategoryChoices,
    IReadOnlyList<KeyValuePair<string, string>> AuthorChoices,
    OwnerNames? Names,
    DateTimeOffset Now)
{
    /// <summary>Whether this session may open <paramref name="entry"/> in the editor (the editor checks again).</summary>
    public bool CanEdit(PostEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var access = Request.Access;
        return access.AllPosts
            || ((entry.OwnerId is null || string.Equals(entry.OwnerId, Request.Grant.PostOwnerId, StringComparison.Ordinal))
                && (!access.DraftsOnly || entry.StatusAt(Now) == Blogging.Posts.PostStatus.Draft));
    }
}
