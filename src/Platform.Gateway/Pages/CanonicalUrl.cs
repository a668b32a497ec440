using Platform.Blogging.Content;
using Platform.Blogging.Posts;

namespace Platform.Gateway.Pages;

/// <summary>
/// A post's own canonical URL from its front matter (<c>canonical_url</c>, as Jekyll's SEO tag and Ghost read it):
/// used for <c>&lt;link rel="canonical"&gt;</c>, <c>og:url</c> and the JSON-LD when it is an absolute http(s) URL;
/// anything else (a relative path, <c>javascript:</c>, a malformed or over-long value) is ignored, so the page
/// falls back to its own address. Read from the stored file when the page template is rendered (once per revision),
/// so posts stored before this release get it too.
/// </summary>
internal static class CanonicalUrl
{
    /// <summary>The longest canonical URL used, in characters (the editor's bound for the field).</summary>
    public const int MaxLength = 2000;

    /// <summary>The post's canonical URL, or null when it has none that may be used.</summary>
    public static string? Of(PostContent content, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(content);
        FrontMatter front;
        try
        {
            front = FrontMatterParser.Parse(content.Source, zone).FrontMatter;
        }
        catch (ContentException)
        {
            return null; // A stored post parsed when it was saved; a parser that changed its mind since costs only the override.
        }

        return front.Extra.TryGetValue("canonical_url", out var value) && value is string text ? Validate(text) : null;
    }

    /// <summary><paramref name="value"/> trimmed, when it is an absolute http or https URL with a host; otherwise null.</summary>
    public static string? Validate(string? value)
    {
        var url = value?.Trim();
        if (string.IsNullOrEmpty(url) || url.Length > MaxLength || url.Any(char.IsWhiteSpace) || url.Any(char.IsControl))
        {
            return null;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0 && uri.UserInfo.Length == 0
            ? uri.AbsoluteUri
            : null;
    }
}
