using System.Text;
using Microsoft.AspNetCore.Http;
using Platform.Blogging.Blogs;

namespace Platform.Gateway.Feeds;

/// <summary>
/// Absolute URLs of a blog's pages and files, under the base the reader reached the blog by (scheme, host and path
/// base: <c>https://blog.example.com</c>, <c>http://localhost:5000/@demo</c>). Path segments taken from content
/// (permalinks, tags, category names) are percent-encoded as UTF-8 per RFC 3986; a category name is one segment even
/// when it contains <c>/</c>. Immutable and thread-safe.
/// </summary>
public sealed class BlogUrls
{
    private readonly string _base;

    /// <summary>Creates the URLs for a blog reached at <paramref name="baseUrl"/>.</summary>
    /// <param name="baseUrl">An absolute <c>http</c> or <c>https</c> URL, already URI-encoded, with no query or fragment; a trailing <c>/</c> is ignored.</param>
    /// <exception cref="ArgumentException">The URL is not absolute http(s), or has a query or fragment.</exception>
    public BlogUrls(string baseUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(baseUrl);
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || baseUrl.Contains('?', StringComparison.Ordinal)
            || baseUrl.Contains('#', StringComparison.Ordinal))
        {
            throw new ArgumentException("The base URL must be an absolute http(s) URL without query or fragment.", nameof(baseUrl));
        }

        // Host in ASCII (Punycode) so that every URL is a URI, not an IRI; the path as Uri escaped it.
        var host = uri.HostNameType == UriHostNameType.IPv6 && !uri.IdnHost.StartsWith('[') ? $"[{uri.IdnHost}]" : uri.IdnHost;
        var authority = uri.IsDefaultPort ? host : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{host}:{uri.Port}");
        _base = string.Concat(uri.Scheme, "://", authority, uri.AbsolutePath).TrimEnd('/');
        Home = _base + "/";
        Archive = _base + "/archive/";
        AtomFeed = _base + "/feed.xml";
        RssFeed = _base + "/rss.xml";
        JsonFeed = _base + "/feed.json";
        Sitemap = _base + "/sitemap.xml";
        Robots = _base + "/robots.txt";
    }

    /// <summary>The base without a trailing slash (<c>http://localhost:5000/@demo</c>).</summary>
    public string Base => _base;

    /// <summary>The home page, <c>{base}/</c>: also the feeds' <c>id</c> and <c>alternate</c> link.</summary>
    public string Home { get; }

    /// <summary>The archive page, <c>{base}/archive/</c>.</summary>
    public string Archive { get; }

    /// <summary>The Atom feed, <c>{base}/feed.xml</c>.</summary>
    public string AtomFeed { get; }

    /// <summary>The RSS feed, <c>{base}/rss.xml</c>.</summary>
    public string RssFeed { get; }

    /// <summary>The JSON feed, <c>{base}/feed.json</c>.</summary>
    public string JsonFeed { get; }

    /// <summary>The sitemap (or sitemap index), <c>{base}/sitemap.xml</c>.</summary>
    public string Sitemap { get; }

    /// <summary>The robots file, <c>{base}/robots.txt</c>.</summary>
    public string Robots { get; }

    /// <summary>The URLs of the blog as reached by <paramref name="request"/>: its scheme, host and path base.</summary>
    public static BlogUrls ForRequest(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new BlogUrls(string.Concat(request.Scheme, "://", request.Host.ToUriComponent(), request.PathBase.ToUriComponent()));
    }

    /// <summary>A post's permalink: each segment of the decoded path is encoded, <c>/</c> between segments is kept.</summary>
    public string Post(PostEntry post)
    {
        ArgumentNullException.ThrowIfNull(post);
        return Path(post.Permalink);
    }

    /// <summary>
    /// The absolute URL of a decoded path under the blog (e.g. a permalink, <c>/2025/01/안녕 하세요/</c>): NFC, each
    /// segment percent-encoded, <c>/</c> kept, a missing leading <c>/</c> added.
    /// </summary>
    public string Path(string decodedPath)
    {
        ArgumentNullException.ThrowIfNull(decodedPath);
        var path = decodedPath.IsNormalized(NormalizationForm.FormC) ? decodedPath : decodedPath.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(_base.Length + path.Length + 16).Append(_base);
        if (path.Length == 0 || path[0] != '/')
        {
            builder.Append('/');
        }

        var start = 0;
        while (true)
        {
            var slash = path.IndexOf('/', start);
            var end = slash < 0 ? path.Length : slash;
            UrlSegment.Append(builder, path.AsSpan(start, end - start));
            if (slash < 0)
            {
                break;
            }

            builder.Append('/');
            start = slash + 1;
        }

        return builder.ToString();
    }

    /// <summary>A tag's page, <c>{base}/tags/{tag}/</c>.</summary>
    public string Tag(string tag) => Under("/tags/", tag, "/");

    /// <summary>A tag's Atom feed, <c>{base}/tags/{tag}/feed.xml</c>.</summary>
    public string TagFeed(string tag) => Under("/tags/", tag, "/feed.xml");

    /// <summary>A category's page, <c>{base}/categories/{name1}/{name2}/</c>; a <c>/</c> inside a name is encoded as <c>%2F</c>.</summary>
    /// <exception cref="ArgumentException">The path is empty.</exception>
    public string Category(IReadOnlyList<string> path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Count == 0)
        {
            throw new ArgumentException("A category path has at least one name.", nameof(path));
        }

        var builder = new StringBuilder(_base.Length + 32).Append(_base).Append("/categories/");
        foreach (var name in path)
        {
            ArgumentNullException.ThrowIfNull(name, nameof(path));
            UrlSegment.Append(builder, Nfc(name)).Append('/');
        }

        return builder.ToString();
    }

    /// <summary>Page <paramref name="page"/> (from 1) of a sitemap split by the URL limit, <c>{base}/sitemap-{page}.xml</c>.</summary>
    public string SitemapPage(int page)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{_base}/sitemap-{page}.xml");
    }

    /// <inheritdoc />
    public override string ToString() => _base;

    private string Under(string prefix, string segment, string suffix)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var builder = new StringBuilder(_base.Length + prefix.Length + segment.Length + suffix.Length + 8).Append(_base).Append(prefix);
        return UrlSegment.Append(builder, Nfc(segment)).Append(suffix).ToString();
    }

    private static string Nfc(string value) => value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);
}
