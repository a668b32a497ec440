namespace Platform.Blogging.Blogs;

/// <summary>Paths under a blog that the platform serves itself: no permalink may start with them.</summary>
public static class ReservedPaths
{
    /// <summary>The first path segments the platform owns.</summary>
    public static IReadOnlyList<string> FirstSegments { get; } =
    [
        "tags", "categories", "archive", "page", "feed.xml", "rss.xml", "feed.json", "sitemap.xml", "robots.txt",
        "_platform", "api", "health", "openapi", "favicon.ico",
    ];

    /// <summary>True when <paramref name="permalink"/> is the blog's home or starts with a reserved segment.</summary>
    public static bool Collides(string permalink)
    {
        ArgumentNullException.ThrowIfNull(permalink);
        var trimmed = permalink.Trim('/');
        if (trimmed.Length == 0)
        {
            return true;
        }

        var first = trimmed.Split('/')[0];
        return FirstSegments.Contains(first, StringComparer.OrdinalIgnoreCase)
            || (first.StartsWith("sitemap-", StringComparison.OrdinalIgnoreCase) && first.EndsWith(".xml", StringComparison.OrdinalIgnoreCase));
    }
}
