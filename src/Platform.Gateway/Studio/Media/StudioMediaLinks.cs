using System.Globalization;
using Platform.Blogging.Media;

namespace Platform.Gateway.Studio.Media;

/// <summary>The media library's studio URLs, and the same-origin addresses of a blog's media for the studio's pages.</summary>
internal static class StudioMediaLinks
{
    public static string Library(string blog) => "/studio/" + Uri.EscapeDataString(blog) + "/media";

    public static string Page(string blog, int page) => Library(blog) + "?page=" + page.ToString(CultureInfo.InvariantCulture);

    public static string Delete(string blog, string id) => Library(blog) + "/" + Uri.EscapeDataString(id) + "/delete";

    /// <summary>Where the editor's "Upload and insert" button posts the whole editor form (without script).</summary>
    public static string Insert(string blog, string? postId) =>
        Library(blog) + "/insert" + (postId is null ? "" : "?post=" + Uri.EscapeDataString(postId));

    /// <summary>
    /// The blog's path prefix on the platform's own host (<c>/@{blog}</c>): the studio shows a blog's media through it,
    /// so thumbnails and the preview's images are same-origin (the studio's CSP allows <c>img-src 'self'</c>).
    /// </summary>
    public static string BlogPrefix(string blog) => "/@" + blog;

    /// <summary>The smallest stored copy of an item in its own format, for a thumbnail.</summary>
    public static string Thumbnail(string blog, MediaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var smallest = item.Variants.Where(v => string.Equals(v.ContentType, item.ContentType, StringComparison.Ordinal)).MinBy(v => v.Width) ?? item.FullSize();
        return BlogPrefix(blog) + MediaUrls.Of(item, smallest);
    }
}
