using System.Globalization;
using System.Text;
using Platform.Gateway.Api.Errors;
using YamlDotNet.Serialization;

namespace Platform.Gateway.Api.Posts;

/// <summary>
/// Writes a <see cref="PostInput"/> as a Jekyll Markdown file: YAML front matter by YamlDotNet's serializer (it
/// quotes whatever YAML would otherwise read as another type or syntax), then the body.
/// </summary>
internal static class PostMarkdownBuilder
{
    private static readonly ISerializer s_yaml = new SerializerBuilder().WithQuotingNecessaryStrings().Build();

    /// <summary>
    /// The Markdown file for <paramref name="input"/>. Without a <c>status</c>, a new post is a draft and a replaced
    /// one keeps being what it was (<paramref name="currentlyDraft"/>; a scheduled post keeps its date unless the
    /// body gives one).
    /// </summary>
    public static string Build(PostInput input, DateTimeOffset now, bool currentlyDraft = true)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            throw ApiException.BadRequest("title", "A post needs a title.");
        }

        var status = input.Status?.Trim() ?? (currentlyDraft ? "draft" : "published");
        if (status is not ("draft" or "published" or "scheduled"))
        {
            throw ApiException.BadRequest("status", "The status must be draft, published or scheduled.");
        }

        if (status == "scheduled" && (input.Date is not { } when || when <= now))
        {
            throw ApiException.BadRequest("date", "A scheduled post needs a date in the future.");
        }

        RequireItems(input.Tags, "tags");
        RequireItems(input.Categories, "categories");
        var front = new Dictionary<string, object>(StringComparer.Ordinal) { ["title"] = input.Title };
        Add(front, "slug", input.Slug);
        if (input.Date is { } date)
        {
            front["date"] = date.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);
        }

        if (input.Tags is { Count: > 0 } tags)
        {
            front["tags"] = tags.ToArray();
        }

        if (input.Categories is { Count: > 0 } categories)
        {
            front["categories"] = categories.ToArray();
        }

        Add(front, "description", input.Description);
        Add(front, "image", input.Image);
        Add(front, "permalink", input.Permalink);
        front["draft"] = status == "draft";

        var markdown = new StringBuilder();
        markdown.Append("---\n").Append(s_yaml.Serialize(front).Replace("\r\n", "\n", StringComparison.Ordinal)).Append("---\n");
        markdown.Append(input.Markdown ?? "");
        return markdown.ToString();
    }

    private static void Add(Dictionary<string, object> front, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            front[key] = value;
        }
    }

    private static void RequireItems(IReadOnlyList<string>? items, string field)
    {
        if (items is not null && items.Any(string.IsNullOrWhiteSpace))
        {
            throw ApiException.BadRequest(field, $"The {field} must be non-empty strings.");
        }
    }
}
