using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Platform.Blogging.Caching;
using Platform.Blogging.Blogs;
using Platform.Blogging.Posts;
using Platform.Gateway.Feeds;

namespace Platform.Gateway.Pages;

/// <summary>
/// Serves a blog's feeds (Atom, RSS, JSON Feed, Atom per tag), sitemap (an index past 50,000 URLs) and robots.txt,
/// rendered by the writers in <c>Feeds/</c> once per blog version and address. Feeds carry the newest
/// <see cref="FeedSize"/> public posts with their full HTML.
/// </summary>
internal sealed class FeedResponses(PostSnapshots postSnapshots, PageCache cache, IOptions<PlatformOptions> options)
{
    public const int FeedSize = 20;
    private const string FeedCacheControl = "public, max-age=300";
    private const string DiscoveryCacheControl = "public, max-age=3600";

    /// <summary>Serves the request if it names a feed or discovery file; false otherwise.</summary>
    public async Task<bool> TryServeAsync(HttpContext context, PageContext page, string[] segments)
    {
        var snapshot = page.Snapshot;
        var key = string.Concat(snapshot.Settings.Name, "|", page.Links.Origin, page.Links.PathBase, "|");
        CachedPage? response = segments switch
        {
            ["feed.xml"] => await FeedAsync(key + "atom", page, snapshot.Published, doc => AtomFeedWriter.Render(doc), AtomFeedWriter.ContentType),
            ["rss.xml"] => await FeedAsync(key + "rss", page, snapshot.Published, doc => RssFeedWriter.Render(doc), RssFeedWriter.ContentType),
            ["feed.json"] => await FeedAsync(key + "json", page, snapshot.Published, doc => JsonFeedWriter.Render(doc), JsonFeedWriter.ContentType),
            ["tags", var tag, "feed.xml"] when snapshot.ByTag.TryGetValue(Uri.UnescapeDataString(tag), out var tagged) =>
                await FeedAsync(key + "atom/" + Uri.UnescapeDataString(tag), page, tagged, doc => AtomFeedWriter.RenderForTag(doc, Uri.UnescapeDataString(tag)), AtomFeedWriter.ContentType),
            ["sitemap.xml"] => cache.GetOrRender(key + "sitemap", snapshot.PageVersion, () =>
                Discovery(new SitemapWriter(snapshot, page.Links.Urls).Render(), SitemapWriter.ContentType, snapshot)),
            [var name] when name.StartsWith("sitemap-", StringComparison.Ordinal) && name.EndsWith(".xml", StringComparison.Ordinal) => SitemapPage(key, page, name),
            ["robots.txt"] => cache.GetOrRender(key + "robots", snapshot.PageVersion, () =>
                Discovery(RobotsTxtWriter.Render(page.Links.Urls), RobotsTxtWriter.ContentType, snapshot)),
            _ => null,
        };

        if (response is null)
        {
            return false;
        }

        await CachedPageWriter.ServeAsync(context, response);
        return true;
    }

    private CachedPage? SitemapPage(string key, PageContext page, string name)
    {
        if (!int.TryParse(name.AsSpan("sitemap-".Length, name.Length - "sitemap-.xml".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var writer = new SitemapWriter(page.Snapshot, page.Links.Urls);
        return number < 1 || number > writer.PageCount
            ? null
            : cache.GetOrRender(key + "sitemap-" + number.ToString(CultureInfo.InvariantCulture), page.Snapshot.PageVersion, () =>
                Discovery(writer.RenderPage(number), SitemapWriter.ContentType, page.Snapshot));
    }

    private async Task<CachedPage> FeedAsync(string key, PageContext page, IReadOnlyList<PostEntry> posts, Func<FeedDocument, byte[]> render, string contentType)
    {
        var snapshot = page.Snapshot;
        var version = snapshot.PageVersion;
        var cached = cache.Find(key, version);
        if (cached is not null)
        {
            return cached;
        }

        var newest = posts.Take(FeedSize).ToArray();
        var pages = await Task.WhenAll(newest.Select(p => postSnapshots.GetAsync(snapshot.Settings.Name, p.Id).AsTask()));
        var items = newest.Select((entry, i) => new FeedItem(entry, pages[i]?.Content.Html)).ToArray();
        var document = new FeedDocument
        {
            Blog = snapshot.Settings,
            Urls = page.Links.Urls,
            IdAuthority = options.Value.Domain,
            Items = items,
            UpdatedFallback = snapshot.Settings.CreatedAt,
        };
        var body = render(document);
        var feed = new CachedPage(body, contentType, $"W/\"{version}\"", document.Updated, FeedCacheControl);
        return cache.Replace(key, version, feed);
    }

    private static CachedPage Discovery(byte[] body, string contentType, BlogSnapshot snapshot) =>
        new(body, contentType, $"W/\"{snapshot.PageVersion}\"", snapshot.LastUpdated, DiscoveryCacheControl);
}
