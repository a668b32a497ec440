using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Platform.Blogging.Blogs;
using Platform.Blogging.Content;
using Platform.Blogging.Posts;
using YamlDotNet.Serialization;

namespace Platform.Blogging.Export;

/// <summary>
/// Writes a post as a Jekyll file: front matter with what the post stores (title, date in the blog's time zone,
/// slug, permalink when the blog's pattern would not give it, categories, tags, description, image, canonical URL,
/// former permalinks as <c>redirect_from</c>, published or draft), then every other key of the stored front matter
/// as the author wrote it, then the stored body byte for byte. The file is read back before it is used: when that
/// does not give the stored values (an alias into a rewritten key, odd indentation), the other keys are written
/// out from their values instead.
/// </summary>
internal static class JekyllPostWriter
{
    /// <summary>The keys the export writes from the stored post; every other key keeps its text.</summary>
    private static readonly FrozenSet<string> Written = FrozenSet.Create(
        StringComparer.Ordinal,
        "title", "date", "last_modified_at", "slug", "permalink", "categories", "tags", "description", "image", "canonical_url", "redirect_from", "published", "draft", "markdown");

    private static readonly ISerializer s_yaml = new SerializerBuilder().WithQuotingNecessaryStrings().Build();

    public static JekyllPostFile Write(ExportPost post, BlogSettings settings, ExportAddress address)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(address);
        var zone = settings.ResolveTimeZone();
        var stored = StoredPostFile.Split(post.Content.Source);
        var original = ReadFrontMatter(post.Content.Source, zone);
        var local = TimeZoneInfo.ConvertTime(post.Content.Date, zone);
        var known = Serialize(KnownKeys(post, settings, address, original, local, zone));
        var path = PathOf(post, local);
        var kramdown = MarkdownDialects.IsKramdown(original);
        var body = JekyllRawBody.Protect(stored.Body);

        if (stored.Keep(Written) is { } kept)
        {
            var text = Compose(known, kept, body);
            if (Reproduces(text, post, settings, original, body, local, zone))
            {
                return new JekyllPostFile(path, text, Faithful: true, kramdown);
            }
        }

        var others = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in original.Extra.Where(e => !Written.Contains(e.Key)))
        {
            others[key] = value;
        }

        var rewritten = Compose(known, others.Count == 0 ? "" : Serialize(others), body);
        return new JekyllPostFile(path, rewritten, Reproduces(rewritten, post, settings, original, body, local, zone), kramdown);
    }

    /// <summary><c>_posts/YYYY-MM-DD-slug.md</c> (the date in the blog's time zone) or <c>_drafts/slug.md</c>.</summary>
    public static string PathOf(ExportPost post, DateTimeOffset localDate)
    {
        ArgumentNullException.ThrowIfNull(post);
        return post.Status == PostStatus.Draft
            ? $"{ExportFormat.DraftsFolder}{post.Content.Slug}.md"
            : $"{ExportFormat.PostsFolder}{localDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{post.Content.Slug}.md";
    }

    /// <summary>A date as Jekyll authors write it, with its offset and, when it has them, fractions of a second.</summary>
    public static string FormatDate(DateTimeOffset date)
    {
        var text = date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var fraction = date.Ticks % TimeSpan.TicksPerSecond;
        if (fraction != 0)
        {
            text += "." + fraction.ToString("D7", CultureInfo.InvariantCulture).TrimEnd('0');
        }

        return text + " " + date.ToString("zzz", CultureInfo.InvariantCulture);
    }

    private static Dictionary<string, object> KnownKeys(ExportPost post, BlogSettings settings, ExportAddress address, FrontMatter original, DateTimeOffset local, TimeZoneInfo zone)
    {
        var content = post.Content;
        var front = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["title"] = content.Title,
            ["date"] = FormatDate(local),
        };
        if (content.LastModified is { } modified)
        {
            front["last_modified_at"] = FormatDate(TimeZoneInfo.ConvertTime(modified, zone));
        }

        front["slug"] = content.Slug;
        if (Permalink(post, settings, original, local) is { } permalink)
        {
            front["permalink"] = permalink;
        }

        if (content.Categories.Count > 0)
        {
            front["categories"] = content.Categories.ToArray();
        }

        if (content.Tags.Count > 0)
        {
            front["tags"] = content.Tags.ToArray();
        }

        if (content.Description is { } description)
        {
            front["description"] = description;
        }

        if (content.Image is { } image)
        {
            front["image"] = image;
        }

        if (original.Extra.TryGetValue("canonical_url", out var canonical) && canonical is not null)
        {
            front["canonical_url"] = canonical;
        }
        else if (post.Status != PostStatus.Draft)
        {
            front["canonical_url"] = address.PostUrl(post.Entry.Permalink);
        }

        if (original.Extra.TryGetValue("redirect_from", out var redirects) && redirects is not null)
        {
            front["redirect_from"] = redirects;
        }
        else if (post.FormerPermalinks.Count > 0)
        {
            front["redirect_from"] = post.FormerPermalinks.Select(p => p.EndsWith('/') ? p : p + "/").ToArray();
        }

        if (post.Status == PostStatus.Draft)
        {
            front["draft"] = true;
        }
        else
        {
            front["published"] = true;
        }

        // The dialect the post renders in, always written: a Jekyll import marks files without one as kramdown, and
        // the copy must render as the original did.
        front["markdown"] = MarkdownDialectNames.NameOf(original.Markdown ?? settings.MarkdownDialect);
        return front;
    }

    /// <summary>
    /// The <c>permalink</c> to write, or null when the blog's pattern gives the post's permalink (in Jekyll too). The
    /// author's own permalink is kept as written when it still gives the same path; otherwise the path is written out.
    /// </summary>
    private static string? Permalink(ExportPost post, BlogSettings settings, FrontMatter original, DateTimeOffset local)
    {
        var content = post.Content;
        var target = post.Entry.Permalink;
        var values = new PermalinkValues(content.Slug, local, content.Categories);
        if (Clean(original.Permalink) is { } written)
        {
            return Build(written, values) == target && JekyllAgrees(written, content.Categories) ? written : target;
        }

        return Build(settings.PermalinkPattern, values) == target && JekyllAgrees(settings.PermalinkPattern, content.Categories) ? null : target;
    }

    /// <summary>
    /// Whether Jekyll fills <paramref name="pattern"/> as the platform does: its <c>:categories</c> lower-cases each
    /// category and drops repeats, where the platform makes each a slug.
    /// </summary>
    private static bool JekyllAgrees(string pattern, IReadOnlyList<string> categories)
    {
        if (!PermalinkBuilder.ResolveStyle(pattern).Contains(":categories", StringComparison.Ordinal))
        {
            return true;
        }

        var lowered = categories.Select(c => c.ToLowerInvariant()).ToArray();
        return lowered.Distinct(StringComparer.Ordinal).Count() == lowered.Length
            && categories.All(c => string.Equals(SlugGenerator.Slugify(c, SlugGenerator.MaxLength), c.ToLowerInvariant(), StringComparison.Ordinal));
    }

    private static string? Build(string pattern, PermalinkValues values)
    {
        try
        {
            return PermalinkBuilder.Build(pattern, values).Path;
        }
        catch (ContentException)
        {
            return null;
        }
    }

    /// <summary>Whether reading <paramref name="text"/> back, as the importer does, gives the stored post.</summary>
    private static bool Reproduces(string text, ExportPost post, BlogSettings settings, FrontMatter original, string body, DateTimeOffset local, TimeZoneInfo zone)
    {
        SourceDocument document;
        try
        {
            document = FrontMatterParser.Parse(text, zone);
        }
        catch (ContentException)
        {
            return false;
        }

        var front = document.FrontMatter;
        var content = post.Content;
        var isDraft = front.Draft == true || front.Published == false;
        if (!string.Equals(document.Body, body, StringComparison.Ordinal)
            || Clean(front.Title) != content.Title
            || front.Date is not { } date || date != local || date.Offset != local.Offset
            || front.LastModified != content.LastModified
            || SlugGenerator.Generate(Clean(front.Slug)) != content.Slug
            || !front.Tags.SequenceEqual(content.Tags, StringComparer.Ordinal)
            || !front.Categories.SequenceEqual(content.Categories, StringComparer.Ordinal)
            || Clean(front.Description) != content.Description
            || Clean(front.Image) != content.Image
            || isDraft != (post.Status == PostStatus.Draft)
            || Build(Clean(front.Permalink) ?? settings.PermalinkPattern, new PermalinkValues(content.Slug, date, front.Categories)) != post.Entry.Permalink)
        {
            return false;
        }

        var others = original.Extra.Where(e => !Written.Contains(e.Key)).ToArray();
        return others.Length == front.Extra.Count(e => !Written.Contains(e.Key))
            && others.All(e => front.Extra.TryGetValue(e.Key, out var value) && FrontMatterValues.Same(e.Value, value));
    }

    private static FrontMatter ReadFrontMatter(string source, TimeZoneInfo zone)
    {
        try
        {
            return FrontMatterParser.Parse(source, zone).FrontMatter;
        }
        catch (ContentException)
        {
            return FrontMatter.Empty;
        }
    }

    private static string Compose(string known, string others, string body) =>
        new StringBuilder(known.Length + others.Length + body.Length + 8).Append("---\n").Append(known).Append(others).Append("---\n").Append(body).ToString();

    private static string Serialize<T>(Dictionary<string, T> values) => s_yaml.Serialize(values).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string? Clean(string? text)
    {
        var collapsed = text is null ? null : HtmlText.Collapse(text);
        return string.IsNullOrEmpty(collapsed) ? null : collapsed;
    }
}
