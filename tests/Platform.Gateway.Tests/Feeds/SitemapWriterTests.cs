using System.Xml.Linq;
using Platform.Gateway.Feeds;
using static Platform.Gateway.Tests.Feeds.FeedFixtures;

namespace Platform.Gateway.Tests.Feeds;

public sealed class SitemapWriterTests
{
    private static string[] Locations(XDocument document) =>
        [.. document.Root!.Elements(Sitemaps + "url").Select(u => u.Element(Sitemaps + "loc")!.Value)];

    [Fact]
    public void Small_sitemap_is_one_urlset_of_every_public_page()
    {
        var sitemap = new SitemapWriter(Standard(), Urls);
        var document = ParseXml(sitemap.Render());
        document.Root!.Name.Should().Be(Sitemaps + "urlset");
        (sitemap.IsIndex, sitemap.PageCount).Should().Be((false, 0));
        Locations(document).Should().BeEquivalentTo(
        [
            "http://localhost:5000/@demo/",
            "http://localhost:5000/@demo/archive/",
            "http://localhost:5000/@demo/2025/01/%EC%95%88%EB%85%95%20%ED%95%98%EC%84%B8%EC%9A%94/",
            "http://localhost:5000/@demo/fish/",
            "http://localhost:5000/@demo/tags/c%23/",
            "http://localhost:5000/@demo/tags/%ED%95%9C%EA%B8%80/",
            "http://localhost:5000/@demo/tags/food/",
            "http://localhost:5000/@demo/categories/dev/",
            "http://localhost:5000/@demo/categories/dev/a%2Fb/",
        ], "drafts and scheduled posts, and their tags, are not listed");
    }

    [Fact]
    public void Every_loc_is_absolute_and_every_lastmod_keeps_its_offset()
    {
        var document = ParseXml(new SitemapWriter(Standard(), Urls).Render());
        foreach (var url in document.Root!.Elements(Sitemaps + "url"))
        {
            Uri.TryCreate(url.Element(Sitemaps + "loc")!.Value, UriKind.Absolute, out _).Should().BeTrue();
            ParseRfc3339(url.Element(Sitemaps + "lastmod")!.Value);
        }

        var post = document.Root.Elements(Sitemaps + "url").Single(u => u.Element(Sitemaps + "loc")!.Value.EndsWith("/fish/", StringComparison.Ordinal));
        var lastmod = ParseRfc3339(post.Element(Sitemaps + "lastmod")!.Value);
        (lastmod, lastmod.Offset).Should().Be((Escapes.Date, TimeSpan.FromHours(-5)));
        var category = document.Root.Elements(Sitemaps + "url").Single(u => u.Element(Sitemaps + "loc")!.Value.EndsWith("a%2Fb/", StringComparison.Ordinal));
        ParseRfc3339(category.Element(Sitemaps + "lastmod")!.Value).Should().Be(Hangul.LastModified!.Value);
    }

    [Fact]
    public void Past_the_limit_the_root_is_an_index_of_pages_each_within_the_limit()
    {
        var snapshot = Snapshot([.. Enumerable.Range(1, 8).Select(Numbered)]);
        var sitemap = new SitemapWriter(snapshot, Urls, maxUrlsPerFile: 3);

        sitemap.UrlCount.Should().Be(10, "home, archive and eight posts");
        (sitemap.IsIndex, sitemap.PageCount).Should().Be((true, 4));
        var index = ParseXml(sitemap.Render()).Root!;
        index.Name.Should().Be(Sitemaps + "sitemapindex");
        index.Elements(Sitemaps + "sitemap").Select(s => s.Element(Sitemaps + "loc")!.Value).Should().Equal(
            Enumerable.Range(1, 4).Select(n => $"http://localhost:5000/@demo/sitemap-{n}.xml"));

        var pages = Enumerable.Range(1, 4).Select(n => ParseXml(sitemap.RenderPage(n))).ToArray();
        pages.Should().OnlyContain(p => p.Root!.Name == Sitemaps + "urlset");
        pages.Select(p => Locations(p).Length).Should().Equal(3, 3, 3, 1);
        pages.SelectMany(Locations).Should().OnlyHaveUniqueItems()
            .And.Contain("http://localhost:5000/@demo/")
            .And.Contain(Enumerable.Range(1, 8).Select(n => $"http://localhost:5000/@demo/n{n}/"));
    }

    [Fact]
    public void Index_lastmod_is_the_newest_of_its_page()
    {
        var snapshot = Snapshot([.. Enumerable.Range(1, 8).Select(Numbered)]);
        var sitemap = new SitemapWriter(snapshot, Urls, maxUrlsPerFile: 3);
        var index = ParseXml(sitemap.Render()).Root!;
        var last = index.Elements(Sitemaps + "sitemap").Last();
        // Page 4 holds only the oldest post (posts are newest first after home and archive).
        ParseRfc3339(last.Element(Sitemaps + "lastmod")!.Value).Should().Be(Numbered(1).Date);
    }

    [Fact]
    public void Exactly_the_limit_stays_a_single_urlset()
    {
        var sitemap = new SitemapWriter(Snapshot(Numbered(1)), Urls, maxUrlsPerFile: 3);
        (sitemap.UrlCount, sitemap.IsIndex, sitemap.PageCount).Should().Be((3, false, 0));
        ParseXml(sitemap.Render()).Root!.Name.Should().Be(Sitemaps + "urlset");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Pages_outside_the_range_are_refused(int page)
    {
        var sitemap = new SitemapWriter(Snapshot([.. Enumerable.Range(1, 8).Select(Numbered)]), Urls, maxUrlsPerFile: 3);
        FluentActions.Invoking(() => sitemap.RenderPage(page)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Limit_cannot_exceed_the_protocol_maximum() =>
        FluentActions.Invoking(() => new SitemapWriter(Standard(), Urls, 50_001)).Should().Throw<ArgumentOutOfRangeException>();
}
