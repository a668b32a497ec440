using System.Globalization;
using System.Text;
using Platform.Blogging.Blogs;

namespace Platform.Gateway.Feeds;

/// <summary>
/// Stable entry ids (RFC 4151 tag URIs) shared by Atom <c>id</c>, RSS <c>guid</c> and JSON Feed <c>id</c>:
/// <c>tag:{authority},{yyyy-MM-dd}:{blog}/{postId}</c>, where the date is the blog's creation day (UTC). They depend
/// only on the platform domain, the blog and the post id, so a new title, slug, permalink or custom domain never makes
/// readers see an entry twice.
/// </summary>
public static class FeedIds
{
    /// <summary>The id of post <paramref name="postId"/> of <paramref name="blog"/>, minted by <paramref name="authority"/>.</summary>
    /// <param name="authority">A domain name (the platform's own); a port and a trailing dot are dropped, letters lower-cased.</param>
    /// <param name="blog">The blog's settings (name and creation date).</param>
    /// <param name="postId">The post's id within the blog; characters outside a path segment are percent-encoded.</param>
    public static string Entry(string authority, BlogSettings blog, string postId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authority);
        ArgumentNullException.ThrowIfNull(blog);
        ArgumentException.ThrowIfNullOrEmpty(postId);
        var host = NormaliseAuthority(authority);
        var day = blog.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var builder = new StringBuilder(host.Length + blog.Name.Length + postId.Length + 24)
            .Append("tag:").Append(host).Append(',').Append(day).Append(':');
        UrlSegment.Append(builder, blog.Name).Append('/');
        return UrlSegment.Append(builder, postId).ToString();
    }

    private static string NormaliseAuthority(string authority)
    {
        var host = authority.Trim();
        if (!host.StartsWith('['))
        {
            var colon = host.IndexOf(':', StringComparison.Ordinal);
            host = colon < 0 ? host : host[..colon];
        }

        return host.TrimEnd('.').ToLowerInvariant();
    }
}
