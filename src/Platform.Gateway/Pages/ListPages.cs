using Platform.Blogging.Blogs;

namespace Platform.Gateway.Pages;

/// <summary>The blog's list pages: home, tag, category, the tag and category indexes, and the archive.</summary>
internal static class ListPages
{
    public static string Home(PageContext page, int pageNumber)
    {
        var settings = page.Settings;
        var html = new HtmlWriter();
        var title = pageNumber == 1 ? settings.Title : $"{settings.Title} — {page.Chrome.FormatPage(pageNumber, PostList.Pages(page.Snapshot.Published.Count, settings.PostsPerPage))}";
        Layout.Begin(html, page, new PageHead(title, Describe(settings), page.Links.HomePage(pageNumber))
        {
            JsonLd = JsonLd.Blog(page),
        });
        PostList.Write(html, page, page.Snapshot.Published, pageNumber, settings.PostsPerPage, page.Links.HomePage);
        Layout.End(html, page);
        return html.ToString();
    }

    public static string Tag(PageContext page, string tag, IReadOnlyList<PostEntry> posts, int pageNumber)
    {
        var html = new HtmlWriter();
        var heading = $"{page.Chrome.PostsTagged} #{tag}";
        Layout.Begin(html, page, new PageHead($"{heading} — {page.Settings.Title}", heading, page.Links.Tag(tag, pageNumber)));
        html.Raw("<h1 class=\"page\">").Text(heading).Raw(" <a class=\"feed\"").Attr("href", page.Links.TagFeed(tag)).Raw(">").Text(page.Chrome.Feed).Raw("</a></h1>");
        PostList.Write(html, page, posts, pageNumber, page.Settings.PostsPerPage, n => page.Links.Tag(tag, n));
        Layout.End(html, page);
        return html.ToString();
    }

    public static string Category(PageContext page, CategoryNode node, IReadOnlyList<PostEntry> posts)
    {
        var html = new HtmlWriter();
        var heading = $"{page.Chrome.PostsIn} {string.Join(" › ", node.Path)}";
        Layout.Begin(html, page, new PageHead($"{heading} — {page.Settings.Title}", heading, page.Links.Category(node.Path)));
        html.Raw("<h1 class=\"page\">").Text(heading).Raw("</h1>");
        if (node.Children.Count > 0)
        {
            Layout.CategoryTree(html, page, node);
        }

        PostList.Write(html, page, posts, 1, Math.Max(posts.Count, 1), _ => page.Links.Category(node.Path));
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

    public static string Archive(PageContext page)
    {
        var html = new HtmlWriter();
        Layout.Begin(html, page, new PageHead($"{page.Chrome.Archive} — {page.Settings.Title}", page.Chrome.Archive, page.Links.Archive));
        html.Raw("<h1 class=\"page\">").Text(page.Chrome.Archive).Raw("</h1>");
        foreach (var month in page.Snapshot.Archive)
        {
            html.Raw("<section class=\"month\"><h2>").Text(DateDisplay.Month(month.Year, month.Month, page.Chrome)).Raw("</h2><ul>");
            foreach (var post in month.Posts)
            {
                html.Raw("<li>");
                DateDisplay.Time(html, post.Date, page.Zone, page.Chrome);
                html.Raw(" ").Link(page.Links.Post(post), post.Title).Raw("</li>");
            }

            html.Raw("</ul></section>");
        }

        if (page.Snapshot.Archive.Count == 0)
        {
            html.Raw("<p class=\"empty\">").Text(page.Chrome.NoPosts).Raw("</p>");
        }

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
