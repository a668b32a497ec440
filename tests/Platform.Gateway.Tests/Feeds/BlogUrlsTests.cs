using Microsoft.AspNetCore.Http;
using Platform.Gateway.Feeds;

namespace Platform.Gateway.Tests.Feeds;

public sealed class BlogUrlsTests
{
    private static readonly BlogUrls Host = new("https://blog.example.com");
    private static readonly BlogUrls PathBase = new("http://localhost:5000/@demo/");

    [Fact]
    public void Fixed_pages_hang_off_the_base_with_or_without_a_path_base()
    {
        (Host.Home, Host.Archive, Host.AtomFeed, Host.RssFeed, Host.JsonFeed, Host.Sitemap, Host.Robots).Should().Be((
            "https://blog.example.com/", "https://blog.example.com/archive/", "https://blog.example.com/feed.xml",
            "https://blog.example.com/rss.xml", "https://blog.example.com/feed.json", "https://blog.example.com/sitemap.xml",
            "https://blog.example.com/robots.txt"));
        (PathBase.Home, PathBase.Archive, PathBase.Sitemap, PathBase.SitemapPage(3)).Should().Be((
            "http://localhost:5000/@demo/", "http://localhost:5000/@demo/archive/", "http://localhost:5000/@demo/sitemap.xml",
            "http://localhost:5000/@demo/sitemap-3.xml"));
    }

    [Fact]
    public void Permalink_segments_are_utf8_percent_encoded_and_slashes_kept() =>
        PathBase.Post(FeedFixtures.Hangul).Should().Be(
            "http://localhost:5000/@demo/2025/01/%EC%95%88%EB%85%95%20%ED%95%98%EC%84%B8%EC%9A%94/");

    [Fact]
    public void Permalink_in_decomposed_hangul_gets_the_same_url_as_composed() =>
        Host.Path("/안녕/".Normalize(System.Text.NormalizationForm.FormD)).Should().Be(Host.Path("/안녕/"));

    [Theory]
    [InlineData("c#", "https://blog.example.com/tags/c%23/")]
    [InlineData("a b/c?d%", "https://blog.example.com/tags/a%20b%2Fc%3Fd%25/")]
    [InlineData("..", "https://blog.example.com/tags/%2E%2E/")]
    [InlineData("rock&roll", "https://blog.example.com/tags/rock&roll/")]
    public void Tag_is_one_encoded_segment(string tag, string expected) => Host.Tag(tag).Should().Be(expected);

    [Fact]
    public void Tag_feed_sits_under_the_tag_page() =>
        Host.TagFeed("한글").Should().Be("https://blog.example.com/tags/%ED%95%9C%EA%B8%80/feed.xml");

    [Fact]
    public void Category_names_are_segments_even_with_a_slash() =>
        Host.Category(["dev", "a/b"]).Should().Be("https://blog.example.com/categories/dev/a%2Fb/");

    [Fact]
    public void Every_url_is_absolute_and_round_trips_through_uri()
    {
        var url = PathBase.Post(FeedFixtures.Hangul);
        Uri.TryCreate(url, UriKind.Absolute, out var uri).Should().BeTrue();
        Uri.UnescapeDataString(uri!.AbsolutePath).Should().Be("/@demo/2025/01/안녕 하세요/");
    }

    [Theory]
    [InlineData("/relative")]
    [InlineData("ftp://example.com")]
    [InlineData("https://example.com/?q=1")]
    [InlineData("https://example.com/#top")]
    public void Base_must_be_absolute_http_without_query_or_fragment(string baseUrl) =>
        FluentActions.Invoking(() => new BlogUrls(baseUrl)).Should().Throw<ArgumentException>();

    [Fact]
    public void For_request_uses_scheme_host_and_path_base()
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "https";
        context.Request.Host = new HostString("example.com:8443");
        context.Request.PathBase = "/@demo";
        BlogUrls.ForRequest(context.Request).Home.Should().Be("https://example.com:8443/@demo/");
    }

    [Theory]
    [InlineData("https://블로그.example/", "https://xn--2i0b10rqve.example/")]
    [InlineData("http://[::1]:5000/@demo", "http://[::1]:5000/@demo/")]
    [InlineData("HTTPS://Blog.Example.COM:443", "https://blog.example.com/")]
    [InlineData("http://localhost:8080/@a%20b/", "http://localhost:8080/@a%20b/")]
    public void Base_host_is_ascii_and_lower_case_default_port_dropped(string baseUrl, string home) =>
        new BlogUrls(baseUrl).Home.Should().Be(home);
}
