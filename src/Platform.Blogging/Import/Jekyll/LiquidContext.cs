namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// What a post's Liquid can see at import: the site's <c>_config.yml</c> values (with <c>url</c> and <c>baseurl</c>
/// already those of the new blog), the post's front matter (after <c>defaults</c>) and how posts and files map to
/// their new addresses.
/// </summary>
public sealed record LiquidContext
{
    /// <summary><c>site.*</c>: the configuration's values (strings, numbers, booleans, lists, mappings).</summary>
    public IReadOnlyDictionary<string, object?> Site { get; init; } = new Dictionary<string, object?>();

    /// <summary><c>page.*</c>: the post's front matter and the values Jekyll adds (<c>url</c>, <c>date</c>, <c>slug</c>, ...).</summary>
    public IReadOnlyDictionary<string, object?> Page { get; init; } = new Dictionary<string, object?>();

    /// <summary>The new blog's origin (<c>https://blog.example</c>), or empty for root-relative links.</summary>
    public string Url { get; init; } = "";

    /// <summary>The new blog's path under its origin (<c>/@blog</c>), or empty.</summary>
    public string BaseUrl { get; init; } = "";

    /// <summary>The new URL path (without <see cref="BaseUrl"/>) of the post a <c>{% post_url %}</c> names, or null when there is no such post.</summary>
    public Func<string, string?> PostUrl { get; init; } = _ => null;

    /// <summary>The new URL path (without <see cref="BaseUrl"/>) of a site file a <c>{% link %}</c> names, or null when there is no such file.</summary>
    public Func<string, string?> Link { get; init; } = _ => null;

    /// <summary>
    /// The text of a file of the site by its path from the site's root (<c>_includes/figure.html</c>), or null when
    /// the site has no such file or it is not UTF-8 text the import reads; for <c>{% include %}</c> and
    /// <c>{% include_relative %}</c>.
    /// </summary>
    public Func<string, string?> SiteFile { get; init; } = _ => null;

    /// <summary>The post's path from the site's root (<c>_posts/travel/2024-03-01-x.md</c>); <c>{% include_relative %}</c> reads from its folder.</summary>
    public string PostPath { get; init; } = "";

    /// <summary>The time <c>"now"</c> and <c>"today"</c> mean to the <c>date</c> filter.</summary>
    public Func<DateTimeOffset> Now { get; init; } = () => DateTimeOffset.UtcNow;

    /// <summary>At most this many loop iterations in all of a post's Liquid; past it, the post's Liquid is kept as code and reported.</summary>
    public int MaxIterations { get; init; } = 10_000;

    /// <summary>At most this many characters rendered (captures included); past it, the post's Liquid is kept as code and reported.</summary>
    public int MaxOutputChars { get; init; } = 4 * 1024 * 1024;

    /// <summary>Includes nest at most this deep (an include that includes itself stops here, reported).</summary>
    public int MaxIncludeDepth { get; init; } = 10;
}
