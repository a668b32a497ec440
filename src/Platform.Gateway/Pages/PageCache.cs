using Microsoft.Extensions.Caching.Memory;

namespace Platform.Gateway.Pages;

/// <summary>
/// Rendered pages per blog, address, page and blog version. A new version (any edit or publication) makes old
/// entries unreachable; they age out by size and sliding expiry. Bounded: at most <see cref="SizeLimitBytes"/>.
/// </summary>
internal sealed class PageCache : IDisposable
{
    public const long SizeLimitBytes = 256L * 1024 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimitBytes, CompactionPercentage = 0.25 });

    public CachedPage GetOrRender(string key, long version, Func<CachedPage> render)
    {
        var fullKey = FullKey(key, version);
        if (_cache.TryGetValue(fullKey, out CachedPage? page) && page is not null)
        {
            return page;
        }

        return Replace(key, version, render());
    }

    /// <summary>The page for a key and version, or null.</summary>
    public CachedPage? Find(string key, long version) =>
        _cache.TryGetValue(FullKey(key, version), out CachedPage? page) ? page : null;

    /// <summary>Stores a page rendered elsewhere (for example after awaiting grains).</summary>
    public CachedPage Replace(string key, long version, CachedPage page)
    {
        _cache.Set(FullKey(key, version), page, new MemoryCacheEntryOptions { Size = page.Body.Length + 256, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return page;
    }

    private static string FullKey(string key, long version) => string.Concat(key, "#", version.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public PostPageTemplate GetOrRender(string key, long version, long revision, Func<PostPageTemplate> render)
    {
        if (_cache.TryGetValue(key, out PostPageTemplate? template) && template is not null && template.Version == version && template.Revision == revision)
        {
            return template;
        }

        template = render();
        _cache.Set(key, template, new MemoryCacheEntryOptions
        {
            Size = template.Head.Length + template.Middle.Length + template.Tail.Length + 256,
            SlidingExpiration = TimeSpan.FromMinutes(30),
        });
        return template;
    }

    public void Dispose() => _cache.Dispose();
}
