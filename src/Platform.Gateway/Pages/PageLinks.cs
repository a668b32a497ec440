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
    private BlogUrls? _urls;
    private int _originLength;

    /// <summary>Cheap: the URL machinery is built on first use (a cached post page never needs it).</summary>
    public PageLinks(string origin, string pathBase)
    {
        Origin = origin;
        PathBase = pathBase;
    }

    /// <summary>Scheme and host as the request named them (a cache key part).</summary>
    public string Origin { get; }

    /// <summary>The path base as the request named it, e.g. <c>/@demo</c> or empty.</summary>
    public string PathBase { get; }

    /// <summary>The absolute URLs of this blog at this address.</summary>
    public BlogUrls Urls => _urls ??= CreateUrls();

    public string Home => Relative(Urls.Home);

    public string Archive => Relative(Urls.Archive);

    /// <summary>A navigation link's href: a path of the blog under this address's path base, an absolute URL as it is.</summary>
    public string Navigation(string url) => url.StartsWith('/') ? PathBase + url : url;

    public string TagIndex => Home + "tags/";

    public string CategoryIndex => Home + "categories/";

    public string AtomFeed => Relative(Urls.AtomFeed);

    public string RssFeed => Relative(Urls.RssFeed);

    public string JsonFeed => Relative(Urls.JsonFeed);

    public string HomePage(int page) => page <= 1 ? Home : string.Create(CultureInfo.InvariantCulture, $"{Home}page/{page}/");

    public string Post(PostEntry post) => Relative(Urls.Post(post));

    public string Tag(string tag, int page = 1) =>
        page <= 1 ? Relative(Urls.Tag(tag)) : string.Create(CultureInfo.InvariantCulture, $"{Relative(Urls.Tag(tag))}page/{page}/");

    public string TagFeed(string tag) => Relative(Urls.TagFeed(tag));

    public string Category(IEnumerable<string> path, int page = 1) =>
        page <= 1 ? Relative(Urls.Category([.. path])) : string.Create(CultureInfo.InvariantCulture, $"{Relative(Urls.Category([.. path]))}page/{page}/");

    public string ArchivePage(int page) => page <= 1 ? Archive : string.Create(CultureInfo.InvariantCulture, $"{Archive}page/{page}/");

    public string Like(string postId) => Home + "_platform/like/" + Uri.EscapeDataString(postId);

    /// <summary>The absolute URL of an href made here.</summary>
    public string Absolute(string href) => string.Concat(Urls.Base.AsSpan(0, _originLength), href);

    private string Relative(string absolute)
    {
        _ = Urls;
        return absolute[_originLength..];
    }

    private BlogUrls CreateUrls()
    {
        var urls = new BlogUrls(Origin + PathBase);
        var scheme = urls.Base.IndexOf("://", StringComparison.Ordinal) + 3;
        var firstSlash = urls.Base.IndexOf('/', scheme);
        _originLength = firstSlash < 0 ? urls.Base.Length : firstSlash;
        return urls;
    }
}
