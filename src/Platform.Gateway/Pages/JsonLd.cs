using System.Text.Json;
using Platform.Blogging.Blogs;
using Platform.Blogging.Posts;

namespace Platform.Gateway.Pages;

/// <summary>
/// Structured data for search engines (schema.org as JSON-LD). System.Text.Json escapes <c>&lt;</c> and <c>&gt;</c>,
/// so the output is safe inside a <c>&lt;script&gt;</c> element.
/// </summary>
internal static class JsonLd
{
    public static string Blog(PageContext page) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Blog",
        ["name"] = page.Settings.Title,
        ["description"] = page.Settings.Description,
        ["url"] = page.Links.Absolute(page.Links.Home),
        ["inLanguage"] = page.Settings.Locale,
    });

    /// <summary>The post as a <c>BlogPosting</c>; its URL is <paramref name="canonical"/> when the post names one elsewhere.</summary>
    public static string Posting(PageContext page, PostEntry entry, PostContent content, string? image, string? canonical = null)
    {
        var url = canonical ?? page.Links.Absolute(page.Links.Post(entry));
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "BlogPosting",
            ["headline"] = content.Title,
            ["description"] = content.Description ?? content.Excerpt,
            ["datePublished"] = DateDisplay.Machine(DateDisplay.InZone(content.Date, page.Zone)),
            ["dateModified"] = DateDisplay.Machine(DateDisplay.InZone(content.LastModified ?? content.Date, page.Zone)),
            ["url"] = url,
            ["mainEntityOfPage"] = new Dictionary<string, object?> { ["@type"] = "WebPage", ["@id"] = url },
            ["inLanguage"] = page.Settings.Locale,
            ["keywords"] = string.Join(", ", content.Tags),
            ["wordCount"] = content.WordCount,
            ["author"] = new Dictionary<string, object?> { ["@type"] = "Person", ["name"] = page.Settings.Author.Length > 0 ? page.Settings.Author : page.Settings.Title },
            ["publisher"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = page.Settings.Title },
        };
        if (content.Categories.Count > 0)
        {
            data["articleSection"] = string.Join(" / ", content.Categories);
        }

        if (image is not null)
        {
            data["image"] = image;
        }

        return JsonSerializer.Serialize(data);
    }
}
