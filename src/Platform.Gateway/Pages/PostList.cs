using Platform.Blogging.Blogs;

namespace Platform.Gateway.Pages;

/// <summary>A page of post summaries (title, date, reading time, excerpt, tags) and the links to the pages around it.</summary>
internal static class PostList
{
    /// <summary>The most posts a list page shows, whatever the blog's setting: big blogs' pages stay small.</summary>
    public const int MaxPageSize = 50;

    /// <summary>The posts per page a blog's lists use: its setting, at most <see cref="MaxPageSize"/>.</summary>
    public static int PageSize(BlogSettings settings) => Math.Min(settings.PostsPerPage, MaxPageSize);

    public static void Write(HtmlWriter html, PageContext page, IReadOnlyList<PostEntry> posts, int pageNumber, int pageSize, Func<int, string> pageHref)
    {
        var chrome = page.Chrome;
        if (posts.Count == 0)
        {
            html.Raw("<p class=\"empty\">").Text(chrome.NoPosts).Raw("</p>");
            return;
        }

        html.Raw("<ol class=\"posts\">");
        foreach (var post in posts.Skip((pageNumber - 1) * pageSize).Take(pageSize))
        {
            html.Raw("<li><article class=\"summary\"><h2>").Link(page.Links.Post(post), post.Title).Raw("</h2><p class=\"meta\">");
            DateDisplay.Time(html, post.Date, page.Zone, chrome);
            html.Raw(" · ").Number(post.ReadingTimeMinutes, chrome.Culture).Raw(" ").Text(chrome.MinRead).Raw("</p>");
            if (post.Excerpt.Length > 0)
            {
                html.Raw("<p>").Text(post.Excerpt).Raw("</p>");
            }

            Terms(html, page, post);
            html.Raw("</article></li>");
        }

        html.Raw("</ol>");
        Pager(html, page, pageNumber, Pages(posts.Count, pageSize), pageHref);
    }

    /// <summary>Links to the newer (<c>rel="prev"</c>) and older (<c>rel="next"</c>) pages of a list, when it has more than one.</summary>
    public static void Pager(HtmlWriter html, PageContext page, int pageNumber, int pages, Func<int, string> pageHref)
    {
        if (pages <= 1)
        {
            return;
        }

        var chrome = page.Chrome;
        html.Raw("<nav class=\"pager\">");
        if (pageNumber > 1)
        {
            html.Raw("<a rel=\"prev\"").Attr("href", pageHref(pageNumber - 1)).Raw(">← ").Text(chrome.NewerPosts).Raw("</a>");
        }

        html.Raw("<span>").Text(chrome.FormatPage(pageNumber, pages)).Raw("</span>");
        if (pageNumber < pages)
        {
            html.Raw("<a rel=\"next\"").Attr("href", pageHref(pageNumber + 1)).Raw(">").Text(chrome.OlderPosts).Raw(" →</a>");
        }

        html.Raw("</nav>");
    }

    /// <summary>Category path and tags of a post, as links.</summary>
    public static void Terms(HtmlWriter html, PageContext page, PostEntry post)
    {
        if (post.Categories.Count == 0 && post.Tags.Count == 0)
        {
            return;
        }

        html.Raw("<p class=\"terms\">");
        for (var i = 0; i < post.Categories.Count; i++)
        {
            html.Raw(i == 0 ? "<span class=\"category\">" : " › ").Link(page.Links.Category(post.Categories.Take(i + 1)), post.Categories[i]);
        }

        if (post.Categories.Count > 0)
        {
            html.Raw("</span>");
            if (post.Tags.Count > 0)
            {
                html.Raw(" ·");
            }
        }

        foreach (var tag in post.Tags)
        {
            html.Raw(" ").Link(page.Links.Tag(tag), "#" + tag, "tag");
        }

        html.Raw("</p>");
    }

    public static int Pages(int count, int pageSize) => Math.Max(1, (count + pageSize - 1) / pageSize);
}
