using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace Platform.Gateway.Tests.Pages;

public sealed class FeedEndpointTests(BlogSiteFactory site) : IClassFixture<BlogSiteFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task The_blog_serves_Atom_RSS_and_JSON_feeds_of_its_public_posts_with_full_content()
    {
        using var client = site.Client("alpha.example");

        var atom = await client.GetAsync("/feed.xml");
        var rss = XDocument.Parse(await client.GetStringAsync("/rss.xml"));
        var json = JsonDocument.Parse(await client.GetStringAsync("/feed.json")).RootElement;

        atom.Content.Headers.ContentType!.MediaType.Should().Be("application/atom+xml");
        var feed = XDocument.Parse(await atom.Content.ReadAsStringAsync());
        var entries = feed.Root!.Elements(Atom + "entry").ToArray();
        entries.Select(e => e.Element(Atom + "title")!.Value).Should().Equal("Third <Post>", "Second Post", "First Post");
        entries[2].Element(Atom + "content")!.Value.Should().Contain("<strong>first</strong>");
        entries[0].Element(Atom + "link")!.Attribute("href")!.Value.Should().StartWith("http://alpha.example/2026/03/");
        rss.Root!.Element("channel")!.Elements("item").Should().HaveCount(3);
        json.GetProperty("version").GetString().Should().Be("https://jsonfeed.org/version/1.1");
        json.GetProperty("items").GetArrayLength().Should().Be(3);
    }

    [Fact]
    public async Task Each_tag_has_its_own_Atom_feed_and_unknown_tags_are_404()
    {
        using var client = site.Client();

        var feed = XDocument.Parse(await client.GetStringAsync("/@alpha/tags/web/feed.xml"));

        feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).Should().BeEquivalentTo(["First Post", "Second Post"]);
        (await client.GetAsync("/@alpha/tags/nothing/feed.xml")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_sitemap_lists_absolute_public_urls_and_robots_names_it()
    {
        using var client = site.Client("alpha.example");

        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var robots = await client.GetStringAsync("/robots.txt");

        var locations = sitemap.Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToArray();
        locations.Should().Contain("http://alpha.example/").And.Contain(l => l.StartsWith("http://alpha.example/2026/01/", StringComparison.Ordinal));
        locations.Should().NotContain(l => l.Contains("secret", StringComparison.OrdinalIgnoreCase));
        robots.Should().Contain("Sitemap: http://alpha.example/sitemap.xml");
    }

    [Fact]
    public async Task Feeds_answer_304_to_their_ETag()
    {
        using var client = site.Client();
        var first = await client.GetAsync("/@alpha/feed.xml");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/@alpha/feed.xml");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        (await client.SendAsync(again)).StatusCode.Should().Be(HttpStatusCode.NotModified);
    }
}
