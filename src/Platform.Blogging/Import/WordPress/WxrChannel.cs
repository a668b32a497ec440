namespace Platform.Blogging.Import.WordPress;

/// <summary>What the import reads from a WXR file's <c>channel</c>.</summary>
internal sealed record WxrChannel
{
    /// <summary><c>link</c>: the site's address.</summary>
    public string? Link { get; init; }

    /// <summary><c>wp:base_site_url</c>.</summary>
    public string? BaseSiteUrl { get; init; }

    /// <summary><c>wp:base_blog_url</c>.</summary>
    public string? BaseBlogUrl { get; init; }

    /// <summary>Display names by login, from <c>wp:author</c>.</summary>
    public IReadOnlyDictionary<string, string> Authors { get; init; } = new Dictionary<string, string>();

    /// <summary>The category tree, by nicename, from <c>wp:category</c>.</summary>
    public IReadOnlyDictionary<string, WxrCategory> Categories { get; init; } = new Dictionary<string, WxrCategory>();

    /// <summary>The items, in file order.</summary>
    public IReadOnlyList<WxrItem> Items { get; init; } = [];
}
