using System.Globalization;
using Microsoft.Extensions.Primitives;
using Platform.Blogging.Content;
using Platform.Blogging.Posts;

namespace Platform.Gateway.Studio.Editor;

/// <summary>
/// The editor's fields as the writer sees them: the front matter as separate fields (dates as <c>datetime-local</c>
/// values in the blog's time zone, tags and categories comma-separated) and the Markdown body. Read from a stored
/// post or from a posted form; <see cref="Validate"/> gives an error per field.
/// </summary>
internal sealed class EditorForm
{
    /// <summary>Bounds of the short fields, in characters.</summary>
    public const int MaxShort = 300;

    /// <summary>Bounds of URLs and the longer texts (description, excerpt), in characters.</summary>
    public const int MaxLong = 2000;

    /// <summary>The <c>datetime-local</c> format the form sends and shows.</summary>
    public const string LocalFormat = "yyyy-MM-ddTHH:mm";

    public string Title { get; set; } = "";

    public string Slug { get; set; } = "";

    public string Date { get; set; } = "";

    public string Tags { get; set; } = "";

    public string Categories { get; set; } = "";

    public string Excerpt { get; set; } = "";

    public string Image { get; set; } = "";

    public string Description { get; set; } = "";

    public string Canonical { get; set; } = "";

    public string Markdown { get; set; } = "";

    /// <summary>The post version the writer started from (0 for a new post): the save's If-Match.</summary>
    public long Version { get; set; }

    /// <summary>When to publish, for the schedule action (<c>datetime-local</c> in the blog's zone).</summary>
    public string PublishAt { get; set; } = "";

    /// <summary>The form's fields for a stored post.</summary>
    public static EditorForm From(PostDocument post, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(post);
        var content = post.Content;
        var document = FrontMatterParser.Parse(content.Source, zone);
        var extra = document.FrontMatter.Extra;
        return new EditorForm
        {
            Title = content.Title,
            Slug = document.FrontMatter.Slug ?? "",
            Date = Local(content.Date, zone),
            Tags = string.Join(", ", content.Tags),
            Categories = string.Join(", ", content.Categories),
            Excerpt = extra.TryGetValue("excerpt", out var excerpt) && excerpt is string e ? e : "",
            Image = content.Image ?? "",
            Description = content.Description ?? "",
            Canonical = extra.TryGetValue("canonical_url", out var canonical) && canonical is string c ? c : "",
            Markdown = document.Body,
            Version = post.Revision,
            PublishAt = post.Status == PostStatus.Scheduled ? Local(content.Date, zone) : "",
        };
    }

    /// <summary>The form's fields as posted (missing fields are empty; line breaks normalised to <c>\n</c>).</summary>
    public static EditorForm From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        string Field(string name) => Text(form[name]);
        return new EditorForm
        {
            Title = Field("title").Trim(),
            Slug = Field("slug").Trim(),
            Date = Field("date").Trim(),
            Tags = Field("tags"),
            Categories = Field("categories"),
            Excerpt = Field("excerpt").Trim(),
            Image = Field("image").Trim(),
            Description = Field("description").Trim(),
            Canonical = Field("canonical").Trim(),
            Markdown = Field("markdown").Replace("\r\n", "\n", StringComparison.Ordinal),
            Version = long.TryParse(Field("version"), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : -1,
            PublishAt = Field("publishAt").Trim(),
        };
    }

    /// <summary>The tags as a list (comma-separated, trimmed, empty ones dropped).</summary>
    public IReadOnlyList<string> TagList => Split(Tags);

    /// <summary>The category path as a list.</summary>
    public IReadOnlyList<string> CategoryList => Split(Categories);

    /// <summary>An error message per field name, empty when the form can be saved (the domain checks the rest).</summary>
    public Dictionary<string, string> Validate(StudioText text, TimeZoneInfo zone, bool scheduling)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Version < 0)
        {
            errors["form"] = text.FormBroken;
        }

        if (Title.Length == 0)
        {
            errors["title"] = text.TitleRequired;
        }

        Bound(errors, text, "title", Title, MaxShort);
        Bound(errors, text, "slug", Slug, MaxShort);
        Bound(errors, text, "tags", Tags, MaxLong);
        Bound(errors, text, "categories", Categories, MaxLong);
        Bound(errors, text, "excerpt", Excerpt, MaxLong);
        Bound(errors, text, "description", Description, MaxLong);
        Bound(errors, text, "image", Image, MaxLong);
        Bound(errors, text, "canonical", Canonical, MaxLong);
        if (Date.Length > 0 && ParseLocal(Date, zone) is null)
        {
            errors.TryAdd("date", text.BadDate);
        }

        if (Image.Length > 0 && !ImageUrl(Image))
        {
            errors.TryAdd("image", text.BadImageUrl);
        }

        if (Canonical.Length > 0 && !(Uri.TryCreate(Canonical, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            errors.TryAdd("canonical", text.BadCanonicalUrl);
        }

        if (TagList.Any(t => t.Contains('/', StringComparison.Ordinal)))
        {
            errors.TryAdd("tags", text.BadTags);
        }

        if (Markdown.Contains('\0', StringComparison.Ordinal))
        {
            errors["markdown"] = text.BadMarkdown;
        }

        if (scheduling && ParseLocal(PublishAt, zone) is null)
        {
            errors["publishAt"] = text.BadDate;
        }

        return errors;
    }

    /// <summary>
    /// A <c>datetime-local</c> value read in <paramref name="zone"/>, or null when it is not one or names a time the
    /// zone skips (a daylight-saving gap).
    /// </summary>
    public static DateTimeOffset? ParseLocal(string value, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (!DateTime.TryParseExact(value, [LocalFormat, LocalFormat + ":ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            || local.Year < 1900 || local.Year > 9000 || zone.IsInvalidTime(local))
        {
            return null;
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>A time as a <c>datetime-local</c> value in <paramref name="zone"/>.</summary>
    public static string Local(DateTimeOffset time, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(time, zone).ToString(LocalFormat, CultureInfo.InvariantCulture);

    /// <summary>An http(s) URL or a relative one (the domain checks again with its URL policy).</summary>
    private static bool ImageUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && !value.StartsWith('/')
            ? uri.Scheme is "http" or "https"
            : !value.Contains(':', StringComparison.Ordinal) || value.IndexOf('/', StringComparison.Ordinal) is >= 0 and var slash && slash < value.IndexOf(':', StringComparison.Ordinal);

    private static void Bound(Dictionary<string, string> errors, StudioText text, string field, string value, int max)
    {
        if (value.Length > max)
        {
            errors.TryAdd(field, text.TooLong(max));
        }
    }

    private static string Text(StringValues values) => values.Count == 1 ? values[0] ?? "" : "";

    private static string[] Split(string value) =>
        value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
