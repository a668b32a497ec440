using System.Xml;
using Platform.Blogging.Blogs;

namespace Platform.Gateway.Feeds;

/// <summary>
/// The sitemap (sitemaps.org 0.9) of one blog snapshot: the home page, the archive, every public post, every tag page
/// and every category page, each with its <c>lastmod</c>. When there are more URLs than the per-file limit,
/// <c>/sitemap.xml</c> is a sitemap index of <c>/sitemap-1.xml</c> … <c>/sitemap-{PageCount}.xml</c>.
/// Build one per snapshot and cache its output; it holds the list of URLs, not their text.
/// </summary>
public sealed class SitemapWriter
{
    /// <summary>The protocol's limit of URLs per sitemap file.</summary>
    public const int MaxUrlsPerFile = 50_000;

    /// <summary>The sitemaps.org namespace.</summary>
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The media type to serve sitemaps with.</summary>
    public const string ContentType = "application/xml; charset=utf-8";

    private readonly List<SitemapUrl> _urls;
    private readonly BlogUrls _blogUrls;
    private readonly int _limit;

    /// <summary>Lists the URLs of <paramref name="snapshot"/>'s public pages.</summary>
    /// <param name="snapshot">The blog as readers see it.</param>
    /// <param name="urls">Where the reader reached the blog.</param>
    /// <param name="maxUrlsPerFile">URLs per file, 1 to <see cref="MaxUrlsPerFile"/>.</param>
    public SitemapWriter(BlogSnapshot snapshot, BlogUrls urls, int maxUrlsPerFile = MaxUrlsPerFile)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxUrlsPerFile, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxUrlsPerFile, MaxUrlsPerFile);
        _blogUrls = urls;
        _limit = maxUrlsPerFile;
        _urls = new List<SitemapUrl>(2 + snapshot.Published.Count + snapshot.Tags.Count);
        _urls.Add(SitemapUrl.Home(snapshot.LastUpdated));
        _urls.Add(SitemapUrl.Archive(snapshot.LastUpdated));
        foreach (var post in snapshot.Published)
        {
            _urls.Add(SitemapUrl.Post(post));
        }

        foreach (var tag in snapshot.Tags)
        {
            _urls.Add(SitemapUrl.Tag(tag.Tag, snapshot.ByTag.TryGetValue(tag.Tag, out var posts) ? Newest(posts) : null));
        }

        foreach (var child in snapshot.Categories.Children)
        {
            AddCategories(child, snapshot.Published);
        }
    }

    /// <summary>How many URLs the sitemap lists.</summary>
    public int UrlCount => _urls.Count;

    /// <summary>Whether <c>/sitemap.xml</c> is a sitemap index (more URLs than the per-file limit).</summary>
    public bool IsIndex => _urls.Count > _limit;

    /// <summary>How many <c>/sitemap-{n}.xml</c> pages there are: 0 when everything fits in <c>/sitemap.xml</c>.</summary>
    public int PageCount => IsIndex ? (_urls.Count + _limit - 1) / _limit : 0;

    /// <summary>Writes <c>/sitemap.xml</c>: a <c>urlset</c>, or a <c>sitemapindex</c> when <see cref="IsIndex"/>.</summary>
    public void Write(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var xml = XmlText.Create(output);
        xml.WriteStartDocument();
        if (IsIndex)
        {
            xml.WriteStartElement("sitemapindex", Namespace);
            for (var page = 1; page <= PageCount; page++)
            {
                xml.WriteStartElement("sitemap", Namespace);
                xml.WriteElementString("loc", Namespace, _blogUrls.SitemapPage(page));
                WriteLastModified(xml, NewestOf(PageRange(page)));
                xml.WriteEndElement();
            }
        }
        else
        {
            WriteUrlSet(xml, 0, _urls.Count);
        }

        xml.WriteEndDocument();
    }

    /// <summary>Writes <c>/sitemap-{page}.xml</c>, a <c>urlset</c> of at most the per-file limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="page"/> is not between 1 and <see cref="PageCount"/>.</exception>
    public void WritePage(Stream output, int page)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(page, PageCount);
        using var xml = XmlText.Create(output);
        xml.WriteStartDocument();
        var (start, count) = PageRange(page);
        WriteUrlSet(xml, start, count);
        xml.WriteEndDocument();
    }

    /// <summary><c>/sitemap.xml</c> as UTF-8 bytes.</summary>
    public byte[] Render()
    {
        using var buffer = new MemoryStream();
        Write(buffer);
        return buffer.ToArray();
    }

    /// <summary><c>/sitemap-{page}.xml</c> as UTF-8 bytes.</summary>
    public byte[] RenderPage(int page)
    {
        using var buffer = new MemoryStream();
        WritePage(buffer, page);
        return buffer.ToArray();
    }

    private (int Start, int Count) PageRange(int page)
    {
        var start = (page - 1) * _limit;
        return (start, Math.Min(_limit, _urls.Count - start));
    }

    private DateTimeOffset? NewestOf((int Start, int Count) range)
    {
        DateTimeOffset? newest = null;
        for (var i = range.Start; i < range.Start + range.Count; i++)
        {
            if (_urls[i].LastModified is { } modified && (newest is null || modified > newest))
            {
                newest = modified;
            }
        }

        return newest;
    }

    private void WriteUrlSet(XmlWriter xml, int start, int count)
    {
        xml.WriteStartElement("urlset", Namespace);
        for (var i = start; i < start + count; i++)
        {
            xml.WriteStartElement("url", Namespace);
            xml.WriteElementString("loc", Namespace, _urls[i].Location(_blogUrls));
            WriteLastModified(xml, _urls[i].LastModified);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteLastModified(XmlWriter xml, DateTimeOffset? value)
    {
        if (value is { } lastModified)
        {
            xml.WriteElementString("lastmod", Namespace, FeedDates.Rfc3339(lastModified));
        }
    }

    // Walks the tree handing each node only the posts of its parent, so the work is the posts times the depth.
    private void AddCategories(CategoryNode node, IReadOnlyList<PostEntry> parentPosts)
    {
        var depth = node.Path.Count - 1;
        var posts = new List<PostEntry>();
        foreach (var post in parentPosts)
        {
            if (post.Categories.Count > depth && string.Equals(post.Categories[depth], node.Name, StringComparison.Ordinal))
            {
                posts.Add(post);
            }
        }

        _urls.Add(SitemapUrl.Category(node.Path, Newest(posts)));
        foreach (var child in node.Children)
        {
            AddCategories(child, posts);
        }
    }

    private static DateTimeOffset? Newest(IReadOnlyList<PostEntry> posts)
    {
        DateTimeOffset? newest = null;
        foreach (var post in posts)
        {
            var modified = post.LastModified ?? post.Date;
            if (newest is null || modified > newest)
            {
                newest = modified;
            }
        }

        return newest;
    }
}
