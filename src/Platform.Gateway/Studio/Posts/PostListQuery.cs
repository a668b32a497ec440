using System.Globalization;
using Platform.Blogging.Blogs;
using Platform.Blogging.Posts;

namespace Platform.Gateway.Studio.Posts;

/// <summary>
/// The post list's filters from the query string, bounded: status, tag, category, author (<c>me</c> or an owner id),
/// a title search and the page. <see cref="Apply"/> filters the blog's index the way the author API's list does.
/// </summary>
internal sealed record PostListQuery(PostStatus? Status, string Tag, string Category, string Author, string Search, int Page)
{
    /// <summary>Posts per page.</summary>
    public const int PageSize = 20;

    /// <summary>Longest search, tag, category or author accepted.</summary>
    public const int MaxFilter = 200;

    private static readonly string[] s_textKeys = ["tag", "category", "author", "q"];

    /// <summary>The filters, or null with the reason when one is out of bounds.</summary>
    public static PostListQuery? Parse(IQueryCollection query, out string? error)
    {
        ArgumentNullException.ThrowIfNull(query);
        error = null;
        PostStatus? status = null;
        switch (query["status"].ToString())
        {
            case "":
                break;
            case "draft":
                status = PostStatus.Draft;
                break;
            case "scheduled":
                status = PostStatus.Scheduled;
                break;
            case "published":
                status = PostStatus.Published;
                break;
            default:
                error = "status: draft, scheduled or published.";
                return null;
        }

        var texts = s_textKeys.Select(k => query[k].ToString().Trim()).ToArray();
        if (texts.Any(t => t.Length > MaxFilter))
        {
            error = $"Filters have at most {MaxFilter} characters.";
            return null;
        }

        var pageText = query["page"].ToString();
        var page = 1;
        if (pageText.Length > 0 && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page is < 1 or > 100_000))
        {
            error = "page: a whole number from 1.";
            return null;
        }

        return new PostListQuery(status, texts[0], texts[1], texts[2], texts[3], page);
    }

    /// <summary>The matching entries, in the index's order (newest first).</summary>
    public IReadOnlyList<PostEntry> Apply(IEnumerable<PostEntry> entries, DateTimeOffset now, string ownId)
    {
        var author = Author == "me" ? ownId : Author;
        return entries
            .Where(p => Status is null || p.StatusAt(now) == Status)
            .Where(p => Tag.Length == 0 || p.Tags.Contains(Tag, StringComparer.OrdinalIgnoreCase))
            .Where(p => Category.Length == 0 || p.Categories.Contains(Category, StringComparer.OrdinalIgnoreCase))
            .Where(p => author.Length == 0 || string.Equals(p.OwnerId, author, StringComparison.Ordinal))
            .Where(p => Search.Length == 0 || p.Title.Contains(Search, StringComparison.CurrentCultureIgnoreCase))
            .ToArray();
    }

    /// <summary>This query's URL with another page.</summary>
    public string Link(string blog, int page)
    {
        var parts = new List<string>();
        void Add(string key, string value)
        {
            if (value.Length > 0)
            {
                parts.Add(key + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("status", Status switch { PostStatus.Draft => "draft", PostStatus.Scheduled => "scheduled", PostStatus.Published => "published", _ => "" });
        Add("tag", Tag);
        Add("category", Category);
        Add("author", Author);
        Add("q", Search);
        Add("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : "");
        return StudioPostLinks.Posts(blog) + (parts.Count > 0 ? "?" + string.Join('&', parts) : "");
    }
}
