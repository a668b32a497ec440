using Platform.Blogging.Blogs;

namespace Platform.Gateway.Pages;

/// <summary>The blog's list pages: home, tag, category, the tag and category indexes, and the archive.</summary>
internal static class ListPages
{
    public static string Home(PageContext page, int pageNumber)
    {
        var settings = page.Settings;
        var html = new HtmlWriter();
        var pageSize = PostList.PageSize(settings);
        var title = pageNumber == 1 ? settings.Title : $"{settings.Title} — {page.Chrome.FormatPage(pageNumber, PostList.Pages(page.Snapshot.Published.Count, pageSize))}";
        Layout.Begin(html, page, new PageHead(title, Describe(settings), page.Links.HomePage(pageNumber))
        {
            JsonLd = JsonLd.Blog(page),
        });
        PostList.Write(html, page, page.Snapshot.Published, pageNumber, pageSize, page.Links.HomePage);
        Layout.End(html, page);
        return html.ToString();
    }

    public static string Tag(PageContext page, string tag, IReadOnlyList<PostEntry> posts, int pageNumber)
    {
        var html = new HtmlWriter();
        var heading = $"{page.Chrome.PostsTagged} #{tag}";
        Layout.Begin(html, page, new PageHead($"{heading} — {page.Settings.Title}", heading, page.Links.Tag(tag, pageNumber)));
        html.Raw("<h1 class=\"page\">").Text(heading).Raw(" <a class=\"feed\"").Attr("href", page.Links.TagFeed(tag)).Raw(">").Text(page.Chrome.Feed).Raw("</a></h1>");
        PostList.Write(html, page, posts, pageNumber, PostList.PageSize(page.Settings), n => page.Links.Tag(tag, n));
        Layout.End(html, page);
        return html.ToString();
    }

    public static string Category(PageContext page, CategoryNode node, IReadOnlyList<PostEntry> posts, int pageNumber)
    {
        var html = new HtmlWriter();
        var heading = $"{page.Chrome.PostsIn} {string.Join(" › ", node.Path)}";
        var pageSize = PostList.PageSize(page.Settings);
        var title = pageNumber == 1 ? heading : $"{heading} — {page.Chrome.FormatPage(pageNumber, PostList.Pages(posts.Count, pageSize))}";
        Layout.Begin(html, page, new PageHead($"{title} — {page.Settings.Title}", heading, page.Links.Category(node.Path, pageNumber)));
        html.Raw("<h1 class=\"page\">").Text(heading).Raw("</h1>");
        if (node.Children.Count > 0 && pageNumber == 1)
        {
            Layout.CategoryTree(html, page, node);
        }

        PostList.Write(html, page, posts, pageNumber, pageSize, n => page.Links.Category(node.Path, n));
        Layout.End(html, page);
        return html.ToString();
    }

    public static string CategoryIndex(PageContext page)
    {
        var html = new HtmlWriter();
        Layout.Begin(html, page, new PageHead($"{page.Chrome.Categories} — {page.Settings.Title}", page.Chrome.Categories, page.Links.CategoryIndex));
        html.Raw("<h1 class=\"page\">").Text(page.Chrome.Categories).Raw("</h1>");
        Layout.CategoryTree(html, page, page.Snapshot.Categories);
        Layout.End(html, page);
        return html.ToString();
    }

    public static string TagIndex(PageContext page)
    {
        var html = new HtmlWriter();
        Layout.Begin(html, page, new PageHead($"{page.Chrome.Tags} — {page.Settings.Title}", page.Chrome.Tags, page.Links.TagIndex));
        html.Raw("<h1 class=\"page\">").Text(page.Chrome.Tags).Raw("</h1><ul class=\"tag-cloud\">");
        foreach (var tag in page.Snapshot.Tags)
        {
            html.Raw("<li>").Link(page.Links.Tag(tag.Tag), "#" + tag.Tag).Raw(" <span class=\"count\">").Number(tag.PostCount, page.Chrome.Culture).Raw("</span></li>");
        }

        html.Raw("</ul>");
        Layout.End(html, page);
        return html.ToString();
    }

    /// <summary>
    /// One page of the archive: <see cref="PostList.MaxPageSize"/> public posts, newest first, under their months
    /// (a month cut by a page break goes on, headed again, on the next page).
    /// </summary>
    public static string Archive(PageContext page, int pageNumber)
    {
        var html = new HtmlWriter();
        var published = page.Snapshot.Published;
        var pages = PostList.Pages(published.Count, PostList.MaxPageSize);
        var title = pageNumber == 1 ? page.Chrome.Archive : $"{page.Chrome.Archive} — {page.Chrome.FormatPage(pageNumber, pages)}";
        Layout.Begin(html, page, new PageHead($"{title} — {page.Settings.Title}", page.Chrome.Archive, page.Links.ArchivePage(pageNumber)));
        html.Raw("<h1 class=\"page\">").Text(page.Chrome.Archive).Raw("</h1>");
        (int Year, int Month)? open = null;
        foreach (var post in published.Skip((pageNumber - 1) * PostList.MaxPageSize).Take(PostList.MaxPageSize))
        {
            var local = TimeZoneInfo.ConvertTime(post.Date, page.Zone);
            if (open != (local.Year, local.Month))
            {
                if (open is not null)
                {
                    html.Raw("</ul></section>");
                }

                open = (local.Year, local.Month);
                html.Raw("<section class=\"month\"><h2>").Text(DateDisplay.Month(local.Year, local.Month, page.Chrome)).Raw("</h2><ul>");
            }

            html.Raw("<li>");
            DateDisplay.Time(html, post.Date, page.Zone, page.Chrome);
            html.Raw(" ").Link(page.Links.Post(post), post.Title).Raw("</li>");
        }

        if (open is null)
        {
            html.Raw("<p class=\"empty\">").Text(page.Chrome.NoPosts).Raw("</p>");
        }
        else
        {
            html.Raw("</ul></section>");
        }

        PostList.Pager(html, page, pageNumber, pages, page.Links.ArchivePage);
        Layout.End(html, page);
        return html.ToString();
    }

    public static string NotFound(PageContext page)
    {
        var html = new HtmlWriter();
        Layout.Begin(html, page, new PageHead($"{page.Chrome.NotFoundTitle} — {page.Settings.Title}", page.Chrome.NotFoundText, page.Links.Home) { NoIndex = true });
        html.Raw("<section class=\"not-found\"><h1>404 · ").Text(page.Chrome.NotFoundTitle).Raw("</h1><p>").Text(page.Chrome.NotFoundText).Raw("</p><p>")
            .Link(page.Links.Home, page.Chrome.BackHome).Raw("</p></section>");
        Layout.End(html, page);
        return html.ToString();
    }

    private static string Describe(BlogSettings settings) => settings.Description.Length > 0 ? settings.Description : settings.Title;
}
