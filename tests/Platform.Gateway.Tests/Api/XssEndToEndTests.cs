using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Gateway.Pages;

namespace Platform.Gateway.Tests.Api;

/// <summary>
/// XSS end to end: each vector goes into a published post's Markdown body through the author API, then the post page,
/// the Atom, RSS and JSON feeds are fetched, their HTML parsed as a browser would, and nothing executable may be left
/// (<see cref="ExecutableHtml"/>). Titles, descriptions, tags and the blog's title are checked in the page's head.
/// </summary>
public sealed class XssEndToEndTests(XssEndToEndTests.SiteFactory factory) : IClassFixture<XssEndToEndTests.SiteFactory>
{
    private const string Marker = "Before the vector.";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly ApiClient _api = new(factory.CreateClient());

    /// <summary>Raw HTML and Markdown vectors: those of HtmlSanitizerTests, the OWASP classes added with them, and Markdown's own.</summary>
    public static TheoryData<string> Vectors => new()
    {
        // Event handlers.
        "<img src=x onerror=alert(1)>",
        "<p ONCLICK=\"alert(1)\" onmouseover='x'>hi</p>",
        "<P CLASS=\"note\" ONCLICK=\"x\">Hi <B>there</B></P>",
        "<video src=\"/v.mp4\" controls autoplay onplay=\"x()\" poster=\"javascript:x\"></video>",

        // Link schemes, disguised.
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\" javascript:alert(1)\">x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\"jav\tascript:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"&#x6A;avascript:\">x</a>",
        "<a href=\"&amp;#106;avascript:alert(1)\">x</a>",
        "<a href=\"java&#0000;script:alert(1)\">x</a>",
        "<a href=\"\u200Bjavascript:alert(1)\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<a href=\"javascript&colon;alert(1)\">x</a>",
        "<a href=\"javascript&#58;alert(1)\">x</a>",
        "<a href=\"java&Tab;script:alert(1)\">x</a>",
        "<a href=\"java&NewLine;script:alert(1)\">x</a>",
        "<a href=\"&Tab;javascript:alert(1)\">x</a>",
        "<a href=\"java\nscript:alert(1)\">x</a>",
        "<a href=\"java\rscript:alert(1)\">x</a>",
        "<a href=\"java\r\nscript:alert(1)\">x</a>",
        "<a href=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">x</a>",
        "<a href=\"data:image/svg+xml,&lt;svg onload=alert(1)&gt;\">x</a>",
        "<a xlink:href=\"javascript:alert(1)\">x</a>",
        "<a href=\"javascript&amp;colon;alert(1)\">x</a>",
        "<a href=\"&amp;Tab;javascript&amp;colon;alert(1)\">x</a>",

        // Images and media.
        "<img src=\"jav\tascript:alert(1)\">",
        "<img src=\"data:image/png;base64,iVBORw0KGgo=\">",
        "<img src=\"javascript:alert(1)\" onerror=\"alert(1)\">",
        "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<img src=\"javascript&amp;colon;alert(1)\">",
        "<picture><source srcset=\"javascript:alert(1)\"><img src=\"/a.png\"></picture>",

        // Dangerous elements.
        "<svg onload=alert(1)><circle r=1></circle></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<form action=\"https://evil.example\"><input name=q><button>Go</button></form>",
        "<base href=\"https://evil.example/\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"https://evil.example/x.swf\">",
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
        "<link rel=stylesheet href=\"https://evil.example/x.css\">",
        "<textarea><img src=x onerror=alert(1)></textarea>",
        "<input type=\"text\" value=\"x\">",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<img src=\"/a.png\" width=\"1\" height=\"expression(alert(1))\">",
        "<div><select><option><img src=x onerror=alert(1)></option></select></div>",
        "a<!-- <img src=x onerror=alert(1)> -->b",

        // SVG: use, animation of href, xlink:href, foreignObject.
        "<svg><use href=\"data:image/svg+xml;base64,PHN2ZyBpZD0ieCIgb25sb2FkPSJhbGVydCgxKSIvPg==#x\"></use></svg>",
        "<svg><use xlink:href=\"https://evil.example/x.svg#x\"></use></svg>",
        "<svg><a><animate attributeName=\"href\" values=\"javascript:alert(1)\"></animate><text x=\"20\" y=\"20\">x</text></a></svg>",
        "<svg><a><set attributeName=\"href\" to=\"javascript:alert(1)\"></set><text x=\"20\" y=\"20\">x</text></a></svg>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">x</text></a></svg>",
        "<svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>",
        "<svg><foreignObject><iframe src=\"javascript:alert(1)\"></iframe></foreignObject></svg>",
        "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
        "<math><mi><mglyph><svg><mtext><textarea><a title=\"</textarea><img src=x onerror=alert(1)>\">",

        // noscript and template parsing tricks.
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<template><img src=x onerror=alert(1)></template>",
        "<template><script>alert(1)</script></template>",
        "<template><noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript></template>",
        "<div><template><style></template><img src=x onerror=alert(1)></style></div>",

        // Markdown's own links, images and attributes.
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](javascript&amp;colon;alert(1))",
        "[x](java&Tab;script:alert(1))",
        "[x](<java&NewLine;script:alert(1)>)",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![x](javascript:alert(1))",
        "[x][evil]\n\n[evil]: javascript:alert(1)",
        "<javascript:alert(1)>",
        "[x](/ \"\\\"><img src=x onerror=alert(1)>\")",
        "```\"><img src=x onerror=alert(1)>\nx\n```",
        "# \"><img src=x onerror=alert(1)>",
        "XSS here\n\n*[XSS]: \"><img src=x onerror=alert(1)>",
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public async Task A_vector_in_a_published_post_is_inert_on_its_page_and_in_every_feed(string vector)
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var markdown = "---\ntitle: XSS probe\nslug: xss-probe\n---\n" + Marker + "\n\n" + vector + "\n\nAfter the vector.\n";
        var created = await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/posts", owner, ApiClient.Markdown(markdown));
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var post = await ApiClient.ReadJsonAsync(created);
        post.GetProperty("status").GetString().Should().Be("published");
        ExecutableHtml.InFragment(post.GetProperty("html").GetString()!).Should().BeEmpty("the API's html of {0}", vector);

        var page = await GetPageAsync(blog, post.GetProperty("url").GetString()!);
        var content = page.QuerySelector("article.post div.content");
        content.Should().NotBeNull("the post page has its body container");
        content!.TextContent.Should().Contain(Marker);
        ExecutableHtml.In(content).Should().BeEmpty("the page's post body of {0}", vector);
        CheckHead(page);
        ExecutableHtml.In(page, IsLayout).Should().BeEmpty("the whole page of {0}", vector);

        var atom = await GetXmlAsync($"/@{blog}/feed.xml");
        var atomHtml = atom.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "content")!.Value).Should().ContainSingle().Subject;
        CheckFeedHtml(atomHtml, "Atom content", vector);

        var rss = await GetXmlAsync($"/@{blog}/rss.xml");
        var rssHtml = rss.Root!.Element("channel")!.Elements("item").Select(i => i.Element("description")!.Value).Should().ContainSingle().Subject;
        CheckFeedHtml(rssHtml, "RSS description", vector);

        using var json = JsonDocument.Parse(await GetStringAsync($"/@{blog}/feed.json"));
        var jsonHtml = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("content_html").GetString()!).Should().ContainSingle().Subject;
        CheckFeedHtml(jsonHtml, "JSON Feed content_html", vector);
    }

    [Fact]
    public async Task Script_breaking_titles_descriptions_tags_and_blog_title_stay_text_in_the_head()
    {
        const string closeScript = "</script><script>alert(1)</script>";
        const string breakAttribute = "\"><img src=x onerror=alert(1)>";
        const string commentScript = "<!--<script>"; // tags may not hold '/': this one would make a raw script swallow the page
        var name = ApiClient.NewBlogName();
        var blogTitle = "Blog " + closeScript + " " + breakAttribute;
        var (blog, owner) = await _api.CreateBlogAsync(name, new
        {
            name,
            title = blogTitle,
            description = "About " + closeScript + breakAttribute,
            author = "Author " + closeScript + breakAttribute,
            locale = "en",
            timeZone = "UTC",
        });

        var title = "Title " + closeScript + " " + breakAttribute;
        var description = "Description " + closeScript + " " + breakAttribute;
        var markdown = "---\n"
            + "title: " + Yaml(title) + "\n"
            + "slug: script-breaker\n"
            + "description: " + Yaml(description) + "\n"
            + "tags: [" + Yaml(commentScript) + ", " + Yaml(breakAttribute) + "]\n"
            + "---\n" + Marker + "\n";
        var created = await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/posts", owner, ApiClient.Markdown(markdown));
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var post = await ApiClient.ReadJsonAsync(created);
        post.GetProperty("status").GetString().Should().Be("published");
        post.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).Should().Equal(commentScript, breakAttribute);

        var page = await GetPageAsync(blog, post.GetProperty("url").GetString()!);

        var head = page.Head!;
        var script = head.QuerySelectorAll("script").Should().ContainSingle("only the JSON-LD block may be a script").Subject;
        script.GetAttribute("type").Should().Be("application/ld+json");
        script.TextContent.Should().NotContain("<", "JSON-LD escapes '<', so nothing in it can close or comment the script");
        page.QuerySelectorAll("script").Should().ContainSingle("no script anywhere else on the page");
        using (var jsonLd = JsonDocument.Parse(script.TextContent))
        {
            var root = jsonLd.RootElement;
            root.GetProperty("headline").GetString().Should().Be(title);
            root.GetProperty("description").GetString().Should().Be(description);
            root.GetProperty("keywords").GetString().Should().Be(commentScript + ", " + breakAttribute);
            root.GetProperty("publisher").GetProperty("name").GetString().Should().Be(blogTitle);
        }

        AttributesStartingWithOn(page).Should().BeEmpty();
        ExecutableHtml.In(page, IsLayout).Should().BeEmpty();
        page.Title.Should().Be(title, "the title is text, not markup");
        head.QuerySelector("meta[name=description]")!.GetAttribute("content").Should().Be(description);
        head.QuerySelector("meta[property='og:site_name']")!.GetAttribute("content").Should().Be(blogTitle);
        page.QuerySelector("article.post h1")!.TextContent.Should().Be(title);
        page.QuerySelector("article.post div.content")!.TextContent.Should().Contain(Marker);

        var home = ExecutableHtml.ParseDocument(await GetStringAsync($"/@{blog}/"));
        home.Head!.QuerySelectorAll("script").Should().OnlyContain(s => s.GetAttribute("type") == "application/ld+json");
        foreach (var block in home.Head.QuerySelectorAll("script"))
        {
            using var parsed = JsonDocument.Parse(block.TextContent);
        }

        home.QuerySelectorAll("script").Should().HaveCount(home.Head.QuerySelectorAll("script").Length);
        AttributesStartingWithOn(home).Should().BeEmpty();
        ExecutableHtml.In(home, IsLayout).Should().BeEmpty();
    }

    [Fact]
    public void The_checker_flags_what_a_browser_would_run_and_passes_plain_markup()
    {
        ExecutableHtml.InFragment("<a href=\"java&#x09;script:alert(1)\">x</a>").Should().ContainSingle();
        ExecutableHtml.InFragment("<a href=\"javascript&amp;colon;alert(1)\">x</a>").Should().ContainSingle();
        ExecutableHtml.InFragment("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>").Should().ContainSingle();
        ExecutableHtml.InFragment("<template><script>alert(1)</script></template>").Should().ContainSingle();
        ExecutableHtml.InFragment("<svg><a><set attributeName=href to=javascript:alert(1)></set></a></svg>").Should().HaveCount(2);
        ExecutableHtml.InFragment("<img srcset=\"/a.png 1x, javascript:alert(1) 2x\" src=\"/a.png\">").Should().ContainSingle();
        ExecutableHtml.InFragment("<p style=\"background: URL( x )\">x</p>").Should().ContainSingle();
        ExecutableHtml.InFragment("<p><a href=\"/x\" title=\"javascript:\">ok</a> <img src=\"https://cdn.example/a.png\"></p>").Should().BeEmpty();

        var page = ExecutableHtml.ParseDocument(
            "<!doctype html><html><head><script type=\"application/ld+json\">{}</script><link rel=\"stylesheet\" href=\"/s.css\"></head>"
            + "<body><article class=\"post\"><div class=\"content\"><link rel=\"stylesheet\" href=\"/x.css\"></div>"
            + "<footer><form class=\"like\" method=\"post\" action=\"/like\"></form></footer></article></body></html>");
        ExecutableHtml.In(page, IsLayout).Should().ContainSingle("the page's own head and like form are layout, a link in the post body is not")
            .Which.Should().Contain("/x.css");
    }

    private static void CheckFeedHtml(string html, string where, string vector)
    {
        ExecutableHtml.ParseFragment(html).TextContent.Should().Contain(Marker, "the {0} is the post's body", where);
        ExecutableHtml.InFragment(html).Should().BeEmpty("the {0} of {1}", where, vector);
    }

    /// <summary>The head holds one script, the JSON-LD block, whose text is JSON; nothing in it runs.</summary>
    private static void CheckHead(IHtmlDocument page)
    {
        var script = page.Head!.QuerySelectorAll("script").Should().ContainSingle().Subject;
        script.GetAttribute("type").Should().Be("application/ld+json");
        using var json = JsonDocument.Parse(script.TextContent);
        ExecutableHtml.In(page.Head, IsLayout).Should().BeEmpty();
    }

    /// <summary>
    /// The page's own markup that <see cref="ExecutableHtml"/> would otherwise flag: in the head, the meta tags, the
    /// canonical, alternate and stylesheet links and the JSON-LD script; outside the post body, the like button's form.
    /// </summary>
    private static bool IsLayout(IElement element)
    {
        if (element.ParentElement is IHtmlHeadElement)
        {
            return element.LocalName switch
            {
                "meta" => true,
                "link" => element.GetAttribute("rel") is "canonical" or "alternate" or "stylesheet",
                "script" => element.GetAttribute("type") == "application/ld+json",
                _ => false,
            };
        }

        return element.LocalName == "form"
            && element.ClassList.Contains("like")
            && element.ParentElement?.LocalName == "footer"
            && element.Closest("div.content") is null;
    }

    private static List<string> AttributesStartingWithOn(IHtmlDocument page) =>
        [.. page.All.SelectMany(e => e.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Select(a => $"<{e.LocalName} {a.Name}=\"{a.Value}\">"))];

    /// <summary>A YAML single-quoted scalar.</summary>
    private static string Yaml(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private async Task<IHtmlDocument> GetPageAsync(string blog, string url) =>
        ExecutableHtml.ParseDocument(await GetStringAsync("/@" + blog + new Uri(url).AbsolutePath));

    private async Task<XDocument> GetXmlAsync(string path) => XDocument.Parse(await GetStringAsync(path));

    private async Task<string> GetStringAsync(string path)
    {
        var response = await _api.Http.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, "{0} is served: {1}", path, text);
        return text;
    }

    /// <summary>The author API factory with the real blog pages and feeds in place of the gateway tests' echo page.</summary>
    public sealed class SiteFactory : AuthorApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<IBlogPageHandler>();
                services.AddSingleton<IBlogPageHandler, BlogPages>();
            });
        }
    }
}
