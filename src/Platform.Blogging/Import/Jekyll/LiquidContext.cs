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
}
