using System.Globalization;
using System.Text;
using Platform.Blogging.Content;
using YamlDotNet.Serialization;

namespace Platform.Gateway.Studio.Editor;

/// <summary>
/// Writes the editor's form as the post's Markdown file: YAML front matter from the fields (YamlDotNet quotes what
/// YAML would read as something else), the keys the form does not show carried over from the stored file
/// (<c>permalink</c>, <c>last_modified_at</c>, <c>markdown</c>, <c>excerpt_separator</c> and any other key), then the body.
/// </summary>
internal static class EditorMarkdown
{
    /// <summary>The keys the form owns; a stored file's values for them are replaced, never carried over.</summary>
    private static readonly HashSet<string> s_formKeys = new(StringComparer.Ordinal)
    {
        "title", "slug", "date", "tags", "categories", "excerpt", "image", "description", "canonical_url", "draft", "published",
        "permalink", "last_modified_at", "markdown", "excerpt_separator",
    };

    private static readonly ISerializer s_yaml = new SerializerBuilder().WithQuotingNecessaryStrings().Build();

    /// <summary>The file for <paramref name="form"/>; <paramref name="stored"/> is the post's current file, if any.</summary>
    public static string Build(EditorForm form, string? stored, bool draft, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(form);
        var previous = stored is null ? FrontMatter.Empty : FrontMatterParser.Parse(stored, zone).FrontMatter;
        var front = new Dictionary<string, object?>(StringComparer.Ordinal) { ["title"] = form.Title };
        Add(front, "slug", form.Slug);
        if (EditorForm.ParseLocal(form.Date, zone) is { } date)
        {
            front["date"] = date.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);
        }

        if (form.CategoryList.Count > 0)
        {
            front["categories"] = form.CategoryList.ToArray();
        }

        if (form.TagList.Count > 0)
        {
            front["tags"] = form.TagList.ToArray();
        }

        Add(front, "description", form.Description);
        Add(front, "image", form.Image);
        Add(front, "excerpt", form.Excerpt);
        Add(front, "canonical_url", form.Canonical);
        Add(front, "permalink", previous.Permalink);
        if (previous.LastModified is { } modified)
        {
            front["last_modified_at"] = modified.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);
        }

        if (previous.Markdown is { } dialect)
        {
            front["markdown"] = MarkdownDialectNames.NameOf(dialect);
        }

        Add(front, "excerpt_separator", previous.ExcerptSeparator);
        foreach (var (key, value) in previous.Extra)
        {
            if (!s_formKeys.Contains(key))
            {
                front[key] = value;
            }
        }

        front["draft"] = draft;
        var markdown = new StringBuilder();
        markdown.Append("---\n").Append(s_yaml.Serialize(front).Replace("\r\n", "\n", StringComparison.Ordinal)).Append("---\n");
        markdown.Append(form.Markdown);
        return markdown.ToString();
    }

    private static void Add(Dictionary<string, object?> front, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            front[key] = value;
        }
    }
}
