using Platform.Blogging.Blogs;
using Platform.Blogging.Content;
using Platform.Blogging.Import.Foreign;

namespace Platform.Blogging.Import.WordPress;

/// <summary>
/// Turns one WordPress post or page into the Markdown file the platform stores, under the source name
/// <c>wordpress/{site host}/{post id}</c>. The mapping is documented in <c>docs/migrations.md</c> (section "WordPress").
/// </summary>
/// <param name="channel">The whole export (authors, categories and attachments are looked up in it).</param>
/// <param name="hosts">The export's own hosts: an old address on one of them is kept as the post's permalink.</param>
/// <param name="zone">The blog's time zone, for local dates without a UTC twin.</param>
internal sealed class WordPressPostConverter(WxrChannel channel, AttachmentHosts hosts, TimeZoneInfo zone)
{
    /// <summary>The tag every imported page carries (pages are also flagged <c>page: true</c>).</summary>
    public const string PageTag = "page";

    private readonly WordPressCategoryTree _categories = new(channel.Categories);

    private readonly Dictionary<string, string> _attachments = channel.Items
        .Where(i => i.PostType == "attachment" && i.PostId is not null && !string.IsNullOrWhiteSpace(i.AttachmentUrl))
        .GroupBy(i => i.PostId!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().AttachmentUrl!, StringComparer.Ordinal);

    /// <summary>The source names' prefix: <c>wordpress/{host}/</c>, or <c>wordpress/</c> when the export names no site.</summary>
    public string Prefix { get; } = "wordpress/" + (SiteHost(channel) is { } host ? host + "/" : "");

    /// <summary>Converts <paramref name="item"/> (a post or page); other items come back skipped, broken ones failed.</summary>
    public ImportItem Convert(WxrItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var usableId = item.PostId is { Length: > 0 and <= ForeignImportLimits.MaxIdLength } id && id.All(char.IsAsciiDigit);
        var sourceName = Prefix + (usableId ? item.PostId : $"line-{item.Line}");
        if (!usableId)
        {
            return ImportItem.Fail(sourceName, $"{Describe(item)} has no usable wp:post_id.");
        }

        if (item.PostType is not ("post" or "page"))
        {
            return ImportItem.Skip(sourceName, $"WordPress items of type '{item.PostType}' are not imported.");
        }

        var notes = new List<string>();
        if (Status(item, notes) is not { } draft)
        {
            return ImportItem.Skip(sourceName, item.Status == "trash" ? "In the WordPress trash." : $"WordPress status '{item.Status}': nothing to import.");
        }

        var date = WordPressDates.Resolve(item.PostDate, item.PostDateGmt, zone);
        var modified = WordPressDates.Resolve(item.PostModified, item.PostModifiedGmt, zone);
        var (path, otherCategories) = _categories.Choose(item.Terms);
        if (otherCategories.Count > 0)
        {
            notes.Add($"a post has one category path here, so the other categories became tags: {string.Join(", ", otherCategories)}");
        }

        var skippedTaxonomies = item.Terms.Select(t => t.Domain).Where(d => d is not ("category" or "post_tag" or "post_format")).Distinct().ToArray();
        if (skippedTaxonomies.Length > 0)
        {
            notes.Add($"terms of other taxonomies not carried over: {string.Join(", ", skippedTaxonomies)}");
        }

        var tagNames = item.Terms.Where(t => t.Domain == "post_tag").Select(t => t.Name).Concat(otherCategories);
        var html = WordPressContent.ToHtml(item.Content, notes);
        if (RemovedElements.Describe(html) is { } removed)
        {
            notes.Add($"the sanitiser removes {removed} when the post is shown (kept in its source)");
        }

        if (item.ApprovedComments > 0)
        {
            notes.Add($"{item.ApprovedComments} comment(s) not carried over (the platform has no comments)");
        }

        var isPage = item.PostType == "page";
        var front = new FrontMatterWriter()
            .Text("title", PlainText.FromHtml(item.Title))
            .Date("date", date)
            .Date("last_modified_at", modified > date ? modified : null)
            .Text("slug", Slug(item.PostName))
            .Text("permalink", draft ? null : Permalink(item, notes))
            .List("categories", path)
            .List("tags", TagNames.Clean(isPage ? tagNames.Append(PageTag) : tagNames, notes))
            .Text("author", item.Creator is { Length: > 0 } login ? channel.Authors.GetValueOrDefault(login, login) : null)
            .Text("description", PlainText.Limit(PlainText.FromHtml(item.Excerpt), ForeignImportLimits.MaxDescription, "description", notes))
            .Text("image", Image(item, notes))
            .Flag("draft", draft)
            .Flag("page", isPage)
            .Flag("sticky", item.IsSticky);
        return ImportItem.Post(sourceName, front.Finish(HtmlBody.FromHtml(html)), ImportNotes.Sentence(notes));
    }

    /// <summary>The host of the site the export came from, for source names.</summary>
    private static string? SiteHost(WxrChannel channel) =>
        new[] { channel.BaseBlogUrl, channel.Link, channel.BaseSiteUrl }
            .Select(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.IdnHost.ToLowerInvariant() : null)
            .FirstOrDefault(host => host is not null);

    private static string Describe(WxrItem item) =>
        item.Title is { Length: > 0 } title ? $"'{title}' (line {item.Line})" : $"The item on line {item.Line}";

    /// <summary>Whether the post is a draft; null when it is not imported at all (trash, auto-draft, revisions).</summary>
    private static bool? Status(WxrItem item, List<string> notes)
    {
        bool? draft = item.Status switch
        {
            "publish" or "future" => false,
            "draft" or null => true,
            "pending" => ImportNotes.Draft(notes, "pending review in WordPress: imported as a draft"),
            "private" => ImportNotes.Draft(notes, "private in WordPress: imported as a draft, which only the blog's authors see"),
            "trash" or "auto-draft" or "inherit" => null,
            var other => ImportNotes.Draft(notes, $"WordPress status '{other}' is unknown: imported as a draft"),
        };
        if (draft == false && !string.IsNullOrEmpty(item.Password))
        {
            notes.Add("password-protected in WordPress: imported as a draft, since every post here is public");
            draft = true;
        }

        return draft;
    }

    private static string? Slug(string? postName)
    {
        if (string.IsNullOrWhiteSpace(postName))
        {
            return null;
        }

        // WordPress stores a non-ASCII slug percent-encoded (e.g. %ec%84%9c%ec%9a%b8 for 서울).
        return Uri.UnescapeDataString(postName);
    }

    /// <summary>The post's old address as its permalink, when it is a path on the export's own site that the platform can serve.</summary>
    private string? Permalink(WxrItem item, List<string> notes)
    {
        if (!Uri.TryCreate(item.Link, UriKind.Absolute, out var link) || !hosts.IsOwn(link) || link.Query.Length > 0)
        {
            return null;
        }

        var path = Uri.UnescapeDataString(link.AbsolutePath);
        if (path.Trim('/').Length == 0 || path.Contains(':', StringComparison.Ordinal) || path.Split('/').Contains(".."))
        {
            return null;
        }

        if (ReservedPaths.Collides(path))
        {
            notes.Add($"the old address {path} is one of the platform's own paths, so the blog's permalink pattern applies instead");
            return null;
        }

        return path;
    }

    private string? Image(WxrItem item, List<string> notes)
    {
        if (!item.Meta.TryGetValue("_thumbnail_id", out var id) || !_attachments.TryGetValue(id, out var url))
        {
            return null;
        }

        if (UrlPolicy.IsAllowed(url))
        {
            return url;
        }

        notes.Add($"the featured image '{url}' is not an http, https or relative URL and was left out");
        return null;
    }
}
