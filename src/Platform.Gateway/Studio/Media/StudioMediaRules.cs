using Platform.Blogging.Media;
using Platform.Gateway.Api.Auth;

namespace Platform.Gateway.Studio.Media;

/// <summary>
/// Who may delete a media item: the author API's rule (<c>DELETE /api/v1/blogs/{blog}/media/{id}</c>), owners and
/// editors, or whoever uploaded it (the token, or the member as <c>usr_{id}</c>). Every role may upload and list.
/// </summary>
internal static class StudioMediaRules
{
    public static bool CanDelete(BlogAccess access, MediaItem item)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(item);
        return access.AllPosts || string.Equals(item.Uploader, access.TokenId, StringComparison.Ordinal);
    }
}
