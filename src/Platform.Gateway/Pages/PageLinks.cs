using System.Globalization;
using Platform.Blogging.Blogs;
using Platform.Gateway.Feeds;

namespace Platform.Gateway.Pages;

/// <summary>
/// Links within one blog as the reader reached it: hrefs relative to the host (under the path base, <c>/@demo</c>
/// on the platform host, empty on a blog's own host) for navigation, and absolute URLs for canonical links, metadata
/// and feeds. All encoding is <see cref="BlogUrls"/>'s, so pages, feeds and sitemaps name a post identically.
/// </summary>
internal sealed class PageLinks
{
    private readonly BlogUrls _urls;
    private readonly int _originLength;

    public PageLinks(string origin, string pathBase)
    {
        Origin = origin;
        PathBase = pathBase;
        _urls = new BlogUrls(origin + pathBase);
        var scheme = _urls.Base.IndexOf("://", StringComparison.Ordinal) + 3;
        var firstSlash = _urls.Base.IndexOf('/', scheme);
        _originLength = firstSlash < 0 ? _urls.Base.Length : firstSlash;
        Home = Relative(_urls.Home);
    }

    /// <summary>Scheme and host as the request named them (a cache key part).</summary>
    public string Origin { get; }

    /// <summary>The path base as the request named it, e.g. <c>/@demo</c> or empty.</summary>
    public string PathBase { get; }

    /// <summary>The absolute URLs of this blog at this address.</summary>
    public BlogUrls Urls => _urls;

    public string Home { get; }

    public string Archive => Relative(_urls.Archive);

    public string TagIndex => Home + "tags/";

    public string CategoryIndex => Home + "categories/";

    public string AtomFeed => Relative(_urls.AtomFeed);

    public string RssFeed => Relative(_urls.RssFeed);

    public string JsonFeed => Relative(_urls.JsonFeed);

    public string HomePage(int page) => page <= 1 ? Home : string.Create(CultureInfo.InvariantCulture, $"{Home}page/{page}/");

    public string Post(PostEntry post) => Relative(_urls.Post(post));

    public string Tag(string tag, int page = 1) =>
        page <= 1 ? Relative(_urls.Tag(tag)) : string.Create(CultureInfo.InvariantCulture, $"{Relative(_urls.Tag(tag))}page/{page}/");

    public string TagFeed(string tag) => Relative(_urls.TagFeed(tag));

    public string Category(IEnumerable<string> path) => Relative(_urls.Category([.. path]));

    public string Like(string postId) => Home + "_platform/like/" + Uri.EscapeDataString(postId);

    /// <summary>The absolute URL of an href made here.</summary>
    public string Absolute(string href) => string.Concat(_urls.Base.AsSpan(0, _originLength), href);

    /// <summary>The percent-encoded form of a decoded path under this blog, relative to the host.</summary>
    public string EncodedPath(string decodedPath) => Relative(_urls.Path(decodedPath));

    private string Relative(string absolute) => absolute[_originLength..];
}
