using System.Text.RegularExpressions;

namespace Platform.Blogging.Import;

/// <summary>
/// Finds the local image files a Jekyll post references: Markdown images (<c>![](…)</c>), Markdown links and
/// reference definitions that point at an image file, HTML <c>&lt;img src&gt;</c> and <c>&lt;a href&gt;</c> to an image,
/// and the front matter's <c>image</c> (or <c>image: path:</c>). Remote URLs (a scheme or <c>//</c>), data URLs
/// and anchors are not local. A <c>{{ site.baseurl }}</c> or <c>{{ site.url }}</c> in front counts as the site's root.
/// </summary>
public static partial class JekyllMediaReferences
{
    /// <summary>The extensions of files treated as images (the library still judges each by its content).</summary>
    public static readonly IReadOnlyList<string> ImageExtensions = [".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg"];

    /// <summary>Each reference: where its URL is in <paramref name="markdown"/> and the URL as written.</summary>
    /// <param name="markdown">The post.</param>
    /// <param name="origin">The new blog's origin (<c>https://notes.example</c>), whose URLs count as local; null or empty for none.</param>
    public static IReadOnlyList<(int Start, int Length, string Url)> Find(string markdown, string? origin = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var found = new SortedDictionary<int, (int, int, string)>();
        var bodyStart = 0;
        if (markdown.StartsWith("---", StringComparison.Ordinal) && FrontMatterEnd().Match(markdown, 3) is { Success: true } end)
        {
            bodyStart = end.Index + end.Length;
            foreach (Match match in FrontMatterImage().Matches(markdown[..end.Index]))
            {
                Add(found, match.Groups["url"], requireExtension: false, origin);
            }
        }

        var body = markdown[bodyStart..];
        foreach (var pattern in new[] { MarkdownImage(), HtmlImage() })
        {
            foreach (Match match in pattern.Matches(body))
            {
                Add(found, match.Groups["url"], requireExtension: false, origin, bodyStart);
            }
        }

        foreach (var pattern in new[] { MarkdownLink(), ReferenceDefinition(), HtmlLink() })
        {
            foreach (Match match in pattern.Matches(body))
            {
                Add(found, match.Groups["url"], requireExtension: true, origin, bodyStart);
            }
        }

        return found.Values.ToArray();
    }

    /// <summary>Whether a URL points at a local file (no scheme, not protocol-relative, not a data URL or an anchor).</summary>
    public static bool IsLocal(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = StripSiteVariable(url);
        return path.Length > 0 && !path.StartsWith("//", StringComparison.Ordinal) && !path.StartsWith('#') && !Scheme().IsMatch(path);
    }

    /// <summary>The URL without leading <c>{{ site.url }}</c> and <c>{{ site.baseurl }}</c> (one or both, in either order).</summary>
    public static string StripSiteVariable(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var match = SiteVariable().Match(url);
        return match.Success ? url[match.Length..] : url;
    }

    /// <summary>Whether the path (query and fragment ignored) ends in an image extension.</summary>
    public static bool HasImageExtension(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = url.Split('?', '#')[0];
        return ImageExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The URL without <paramref name="origin"/> when it starts with it (<c>https://notes.example/images/x.png</c> is
    /// <c>/images/x.png</c>): links to the old site were rewritten to the new origin, and still mean the site's files.
    /// </summary>
    public static string StripOrigin(string url, string? origin)
    {
        ArgumentNullException.ThrowIfNull(url);
        var prefix = (origin ?? "").TrimEnd('/');
        return prefix.Length > 0 && url.Length > prefix.Length && url[prefix.Length] == '/' && url.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            ? url[prefix.Length..]
            : url;
    }

    private static void Add(SortedDictionary<int, (int, int, string)> found, Group url, bool requireExtension, string? origin, int offset = 0)
    {
        var value = url.Value;
        if (!url.Success || !IsLocal(StripOrigin(value, origin)) || (requireExtension && !HasImageExtension(value)))
        {
            return;
        }

        found.TryAdd(url.Index + offset, (url.Index + offset, url.Length, value));
    }

    [GeneratedRegex(@"^---[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex FrontMatterEnd();

    [GeneratedRegex(@"^(?:image:[ \t]*|image:[ \t]*\r?\n[ \t]+path:[ \t]*)[""']?(?<url>[^""'\s#][^""'\s]*)[""']?[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex FrontMatterImage();

    [GeneratedRegex(@"!\[[^\]\n]*\]\([ \t]*(?:<(?<url>[^>\n]+)>|(?<url>\{\{[^}\n]*\}\}[^)\s]*)|(?<url>[^)\s]+))", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownImage();

    [GeneratedRegex(@"(?<![!\]])\[[^\]\n]*\]\([ \t]*(?:<(?<url>[^>\n]+)>|(?<url>\{\{[^}\n]*\}\}[^)\s]*)|(?<url>[^)\s]+))", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*<?(?<url>[^\s>]+)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"<img\b[^>]*?\ssrc\s*=\s*[""'](?<url>[^""']+)[""']", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlImage();

    [GeneratedRegex(@"<a\b[^>]*?\shref\s*=\s*[""'](?<url>[^""']+)[""']", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlLink();

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.\-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^(?:\{\{\s*site\.(?:baseurl|url)\s*\}\}){1,2}", RegexOptions.CultureInvariant)]
    private static partial Regex SiteVariable();
}
