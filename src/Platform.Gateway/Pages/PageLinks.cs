using System.Text;
using Platform.Blogging.Blogs;

namespace Platform.Gateway.Pages;

/// <summary>
/// Links within one blog as the reader reached it: relative hrefs under the path base (<c>/@demo</c> on the
/// platform host, empty on a blog's own host) and absolute URLs for canonical links and metadata. Path segments are
/// percent-encoded as UTF-8; a category name containing <c>/</c> stays one segment.
/// </summary>
internal sealed class PageLinks(string origin, string pathBase)
{
    /// <summary>Scheme and host, e.g. <c>https://blog.example.com</c>.</summary>
    public string Origin { get; } = origin;

    /// <summary>The path base, e.g. <c>/@demo</c> or empty.</summary>
    public string PathBase { get; } = pathBase;

    public string Home => PathBase + "/";

    public string Archive => PathBase + "/archive/";

    public string TagIndex => PathBase + "/tags/";

    public string CategoryIndex => PathBase + "/categories/";

    public string AtomFeed => PathBase + "/feed.xml";

    public string RssFeed => PathBase + "/rss.xml";

    public string JsonFeed => PathBase + "/feed.json";

    public string HomePage(int page) => page <= 1 ? Home : $"{PathBase}/page/{page}/";

    public string Post(PostEntry post) => PathBase + EncodePath(post.Permalink);

    public string Tag(string tag, int page = 1) => page <= 1 ? $"{PathBase}/tags/{Segment(tag)}/" : $"{PathBase}/tags/{Segment(tag)}/page/{page}/";

    public string TagFeed(string tag) => $"{PathBase}/tags/{Segment(tag)}/feed.xml";

    public string Category(IEnumerable<string> path) => $"{PathBase}/categories/{string.Join('/', path.Select(Segment))}/";

    public string Like(string postId) => $"{PathBase}/_platform/like/{Segment(postId)}";

    /// <summary>An absolute URL for a relative href made here.</summary>
    public string Absolute(string href) => Origin + href;

    /// <summary>Percent-encodes each segment of a decoded path, keeping the slashes between them.</summary>
    public static string EncodePath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var builder = new StringBuilder(path.Length + 16);
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('/');
            }

            builder.Append(Segment(segments[i]));
        }

        return builder.ToString();
    }

    /// <summary>One path segment, percent-encoded as UTF-8 (RFC 3986 unreserved characters stay as they are).</summary>
    public static string Segment(string value) => Uri.EscapeDataString(value);
}
