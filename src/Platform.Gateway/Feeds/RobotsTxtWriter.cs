using System.Text;

namespace Platform.Gateway.Feeds;

/// <summary>
/// Writes <c>/robots.txt</c>: every crawler may fetch everything (drafts are never served, so nothing is private), and
/// the sitemap's absolute URL.
/// </summary>
public static class RobotsTxtWriter
{
    /// <summary>The media type to serve robots.txt with.</summary>
    public const string ContentType = "text/plain; charset=utf-8";

    /// <summary>The file's text, lines ending in LF.</summary>
    public static string Text(BlogUrls urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        return string.Concat("User-agent: *\nAllow: /\n\nSitemap: ", urls.Sitemap, "\n");
    }

    /// <summary>The file as UTF-8 bytes (no BOM), for caching.</summary>
    public static byte[] Render(BlogUrls urls) => Encoding.UTF8.GetBytes(Text(urls));
}
