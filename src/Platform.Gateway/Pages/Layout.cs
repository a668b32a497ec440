using Platform.Blogging.Blogs;
using Platform.Gateway.Assets;

namespace Platform.Gateway.Pages;

/// <summary>The page around every blog page: head (SEO, OpenGraph, Twitter, JSON-LD, feeds), header, category tree, tags, footer.</summary>
internal static class Layout
{
    public static void Begin(HtmlWriter html, PageContext page, PageHead head)
    {
        var settings = page.Settings;
        var chrome = page.Chrome;
        var canonical = head.CanonicalUrl ?? page.Links.Absolute(head.CanonicalHref);
        var image = head.Image is null ? null : AbsoluteImage(page, head.Image);
        html.Raw("<!doctype html>\n<html").Attr("lang", settings.Locale).Raw("><head><meta charset=\"utf-8\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<title>").Text(head.Title).Raw("</title>")
            .Raw("<meta name=\"description\"").Attr("content", head.Description).Raw(">")
            .Raw("<link rel=\"canonical\"").Attr("href", canonical).Raw(">");
        if (head.NoIndex)
        {
            html.Raw("<meta name=\"robots\" content=\"noindex\">");
        }

        Meta(html, "property", "og:site_name", settings.Title);
        Meta(html, "property", "og:title", head.Title);
        Meta(html, "property", "og:description", head.Description);
        Meta(html, "property", "og:url", canonical);
        Meta(html, "property", "og:type", head.OgType);
        Meta(html, "property", "og:locale", chrome.OgLocale);
        Meta(html, "name", "twitter:card", image is null ? "summary" : "summary_large_image");
        Meta(html, "name", "twitter:title", head.Title);
        Meta(html, "name", "twitter:description", head.Description);
        if (image is not null)
        {
            Meta(html, "property", "og:image", image);
            Meta(html, "name", "twitter:image", image);
        }

        html.Raw("<link rel=\"alternate\" type=\"application/atom+xml\"").Attr("title", settings.Title).Attr("href", page.Links.AtomFeed).Raw(">")
            .Raw("<link rel=\"alternate\" type=\"application/rss+xml\"").Attr("title", settings.Title).Attr("href", page.Links.RssFeed).Raw(">")
            .Raw("<link rel=\"alternate\" type=\"application/feed+json\"").Attr("title", settings.Title).Attr("href", page.Links.JsonFeed).Raw(">")
            .Raw("<link rel=\"stylesheet\"").Attr("href", SiteAssets.StylesheetHref).Raw(">");
        if (head.JsonLd is not null)
        {
            html.Raw("<script type=\"application/ld+json\">").Raw(head.JsonLd).Raw("</script>");
        }

        html.Raw("</head><body><header class=\"site\"><div class=\"wrap\"><a class=\"brand\"").Attr("href", page.Links.Home).Raw(">").Text(settings.Title).Raw("</a>");
        if (settings.Description.Length > 0)
        {
            html.Raw("<p class=\"tagline\">").Text(settings.Description).Raw("</p>");
        }

        html.Raw("<nav class=\"top\">")
            .Link(page.Links.Home, chrome.Home);
        foreach (var link in settings.Navigation)
        {
            html.Link(page.Links.Navigation(link.Url), link.Label);
        }

        html.Link(page.Links.Archive, chrome.Archive)
            .Link(page.Links.TagIndex, chrome.Tags).Link(page.Links.CategoryIndex, chrome.Categories)
            .Link(page.Links.AtomFeed, chrome.Feed)
            .Raw("</nav></div></header><div class=\"wrap layout\"><main>");
    }

    public static void End(HtmlWriter html, PageContext page)
    {
        var chrome = page.Chrome;
        html.Raw("</main><aside class=\"sidebar\">");
        if (page.Snapshot.Categories.Children.Count > 0)
        {
            html.Raw("<section><h2>").Text(chrome.Categories).Raw("</h2>");
            CategoryTree(html, page, page.Snapshot.Categories);
            html.Raw("</section>");
        }

        if (page.Snapshot.Tags.Count > 0)
        {
            html.Raw("<section><h2>").Text(chrome.Tags).Raw("</h2><ul class=\"tags\">");
            foreach (var tag in page.Snapshot.Tags.Take(40))
            {
                html.Raw("<li>").Link(page.Links.Tag(tag.Tag), tag.Tag).Raw(" <span class=\"count\">").Number(tag.PostCount, chrome.Culture).Raw("</span></li>");
            }

            html.Raw("</ul></section>");
        }

        html.Raw("</aside></div><footer class=\"site\"><div class=\"wrap\">© ").Text(page.Settings.Author.Length > 0 ? page.Settings.Author : page.Settings.Title)
            .Raw(" · ").Text(chrome.PoweredBy).Raw("</div></footer></body></html>\n");
    }

    /// <summary>The category tree with post counts, nested lists.</summary>
    public static void CategoryTree(HtmlWriter html, PageContext page, CategoryNode node)
    {
        html.Raw("<ul class=\"categories\">");
        foreach (var child in node.Children)
        {
            html.Raw("<li>").Link(page.Links.Category(child.Path), child.Name)
                .Raw(" <span class=\"count\">").Number(child.PostCount, page.Chrome.Culture).Raw("</span>");
            if (child.Children.Count > 0)
            {
                CategoryTree(html, page, child);
            }

            html.Raw("</li>");
        }

        html.Raw("</ul>");
    }

    private static void Meta(HtmlWriter html, string kind, string name, string content) =>
        html.Raw("<meta").Attr(kind, name).Attr("content", content).Raw(">");

    private static string AbsoluteImage(PageContext page, string image) =>
        image.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || image.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? image
            : image.StartsWith("//", StringComparison.Ordinal) ? "https:" + image
            : page.Links.Absolute(image.StartsWith('/') ? image : page.Links.PathBase + "/" + image);
}
