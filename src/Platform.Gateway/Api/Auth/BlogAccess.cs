using Platform.Blogging.Access;
using Platform.Blogging.Posts;
using Platform.Gateway.Api.Errors;

namespace Platform.Gateway.Api.Auth;

/// <summary>
/// What the caller may do on one blog: the platform administrator (everything, on every blog) or a token of the
/// blog with its role. The <c>Require*</c> methods throw 403 problems.
/// </summary>
internal sealed record BlogAccess(string Blog, bool IsAdmin, TokenRole Role, string? TokenId)
{
    /// <summary>Settings and tokens: owners (and the administrator).</summary>
    public void RequireOwner()
    {
        if (!IsAdmin && Role != TokenRole.Owner)
        {
            throw ApiException.Forbidden("Only the blog's owner may do this.");
        }
    }

    /// <summary>Every post at once (import): owners and editors.</summary>
    public void RequireEditor()
    {
        if (!IsAdmin && Role is not (TokenRole.Owner or TokenRole.Editor))
        {
            throw ApiException.Forbidden("Only the blog's owners and editors may do this.");
        }
    }

    /// <summary>Whether every post is this caller's to change.</summary>
    public bool AllPosts => IsAdmin || Role is TokenRole.Owner or TokenRole.Editor;

    /// <summary>Whether saves are forced to drafts.</summary>
    public bool DraftsOnly => !IsAdmin && Role == TokenRole.Contributor;

    /// <summary>Editing or deleting <paramref name="post"/>: all posts for owners and editors, own posts for authors, own drafts for contributors.</summary>
    public void RequireCanEdit(PostDocument post)
    {
        ArgumentNullException.ThrowIfNull(post);
        if (AllPosts)
        {
            return;
        }

        if (post.Content.OwnerId is null || !string.Equals(post.Content.OwnerId, TokenId, StringComparison.Ordinal))
        {
            throw ApiException.Forbidden("This token may change only the posts it created.");
        }

        if (DraftsOnly && post.Status != PostStatus.Draft)
        {
            throw ApiException.Forbidden("A contributor may change only drafts.");
        }
    }

    /// <summary>Publishing, unpublishing or scheduling <paramref name="post"/>: never for contributors.</summary>
    public void RequireCanPublish(PostDocument post)
    {
        if (DraftsOnly)
        {
            throw ApiException.Forbidden("A contributor may not publish, unpublish or schedule posts.");
        }

        RequireCanEdit(post);
    }
}
