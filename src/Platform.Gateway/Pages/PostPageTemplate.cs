using System.Text;
using Platform.Blogging.Blogs;
using Platform.Blogging.Caching;
using Platform.Blogging.Posts;

namespace Platform.Gateway.Pages;

/// <summary>
/// A post page rendered once per (blog version, post revision, address) and kept as UTF-8 bytes in three parts
/// around the two counts that change with every view, each with its unit ("1 view", "2 views"). Serving a hot post is
/// then copying bytes and formatting two numbers — no Markdown, no HTML building.
/// </summary>
internal sealed class PostPageTemplate
{
    private const string ViewsMarker = "\u0001V\u0001";
    private const string LikesMarker = "\u0001L\u0001";
    private string? _lastModifiedHttpDate;

    private PostPageTemplate(byte[] head, byte[] middle, byte[] tail, long version, long revision, ChromeText chrome, DateTimeOffset lastModified)
    {
        Head = head;
        Middle = middle;
        Tail = tail;
        Version = version;
        Revision = revision;
        Chrome = chrome;
        LastModified = lastModified;
    }

    public byte[] Head { get; }

    public byte[] Middle { get; }

    public byte[] Tail { get; }

    public long Version { get; }

    public long Revision { get; }

    public ChromeText Chrome { get; }

    public DateTimeOffset LastModified { get; }

    /// <summary><see cref="LastModified"/> as an HTTP date, formatted once.</summary>
    public string LastModifiedHttpDate => _lastModifiedHttpDate ??= Conditional.HttpDate(LastModified);

    /// <summary>A weak validator: the page changes meaning only with the blog's version or the post's revision.</summary>
    public string ETag => $"W/\"{Version}-{Revision}\"";

    public static PostPageTemplate Render(PageContext page, PostEntry entry, PostSnapshot post)
    {
        var content = post.Content;
        var chrome = page.Chrome;
        var html = new HtmlWriter();
        var image = content.Image;
        var absoluteImage = image is null ? null : (image.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? image : page.Links.Absolute(image.StartsWith('/') ? image : page.Links.PathBase + "/" + image));
        var canonical = CanonicalUrl.Of(content, page.Zone);
        Layout.Begin(html, page, new PageHead(content.Title, content.Description ?? content.Excerpt, page.Links.Post(entry))
        {
            OgType = "article",
            Image = image,
            CanonicalUrl = canonical,
            JsonLd = JsonLd.Posting(page, entry, content, absoluteImage, canonical),
        });

        html.Raw("<article class=\"post\"><header><h1>").Text(content.Title).Raw("</h1><p class=\"meta\">").Text(chrome.Published).Raw(" ");
        DateDisplay.Time(html, content.Date, page.Zone, chrome);
        if (content.LastModified is { } modified && modified > content.Date)
        {
            html.Raw(" · ").Text(chrome.Updated).Raw(" ");
            DateDisplay.Time(html, modified, page.Zone, chrome);
        }

        html.Raw(" · ").Number(content.ReadingTimeMinutes, chrome.Culture).Raw(" ").Text(chrome.MinRead)
            .Raw(" · <span class=\"views\">").Raw(ViewsMarker).Raw("</span></p>");
        PostList.Terms(html, page, entry);
        html.Raw("</header><div class=\"content\">").Raw(MediaPathBase.Apply(content.Html, page.Links.PathBase)).Raw("</div><footer>")
            .Raw("<form class=\"like\" method=\"post\"").Attr("action", page.Links.Like(entry.Id)).Raw("><button type=\"submit\">♥ ").Text(chrome.Like)
            .Raw("</button> <span class=\"likes\">").Raw(LikesMarker).Raw("</span></form>");
        Neighbours(html, page, entry);
        Related(html, page, entry);
        html.Raw("</footer></article>");
        Layout.End(html, page);

        var text = html.ToString();
        var views = text.IndexOf(ViewsMarker, StringComparison.Ordinal);
        var likes = text.IndexOf(LikesMarker, views, StringComparison.Ordinal);
        return new PostPageTemplate(
            Encoding.UTF8.GetBytes(text[..views]),
            Encoding.UTF8.GetBytes(text[(views + ViewsMarker.Length)..likes]),
            Encoding.UTF8.GetBytes(text[(likes + LikesMarker.Length)..]),
            page.Snapshot.PageVersion,
            post.Revision,
            chrome,
            content.LastModified ?? content.Date);
    }

    private static void Neighbours(HtmlWriter html, PageContext page, PostEntry entry)
    {
        var (older, newer) = page.Snapshot.Neighbours(entry);
        if (older is null && newer is null)
        {
            return;
        }

        html.Raw("<nav class=\"prevnext\">");
        if (older is not null)
        {
            html.Raw("<a rel=\"prev\"").Attr("href", page.Links.Post(older)).Raw("><small>").Text(page.Chrome.Older).Raw("</small> ").Text(older.Title).Raw("</a>");
        }

        if (newer is not null)
        {
            html.Raw("<a rel=\"next\" class=\"newer\"").Attr("href", page.Links.Post(newer)).Raw("><small>").Text(page.Chrome.Newer).Raw("</small> ").Text(newer.Title).Raw("</a>");
        }

        html.Raw("</nav>");
    }

    private static void Related(HtmlWriter html, PageContext page, PostEntry entry)
    {
        if (entry.Categories.Count == 0)
        {
            return;
        }

        var related = page.Snapshot.InCategory(entry.Categories).Where(p => p.Id != entry.Id).Take(5).ToArray();
        if (related.Length == 0)
        {
            return;
        }

        html.Raw("<section class=\"related\"><h2>").Text(page.Chrome.SameCategory).Raw("</h2><ul>");
        foreach (var post in related)
        {
            html.Raw("<li>").Link(page.Links.Post(post), post.Title).Raw("</li>");
        }

        html.Raw("</ul></section>");
    }
}
