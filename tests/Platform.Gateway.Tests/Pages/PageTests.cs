using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Platform.Gateway.Tests.Pages;

public sealed partial class PageTests(BlogSiteFactory site) : IClassFixture<BlogSiteFactory>
{
    [Fact]
    public async Task The_home_page_lists_public_posts_newest_first_with_pagination_and_a_full_head()
    {
        using var client = site.Client();

        var response = await client.GetAsync("/@alpha/");
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        html.Should().Contain("<html lang=\"en\">").And.Contain("<title>Alpha &amp; Co</title>");
        html.Should().Contain("<link rel=\"canonical\" href=\"http://localhost/@alpha/\">");
        html.Should().Contain("property=\"og:title\" content=\"Alpha &amp; Co\"").And.Contain("property=\"og:locale\" content=\"en_US\"");
        html.IndexOf("Third &lt;Post&gt;", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("Second Post", StringComparison.Ordinal));
        html.Should().NotContain("First Post", "two posts per page: the oldest is on page 2");
        html.Should().NotContain("Secret Draft");
        html.Should().Contain("href=\"/@alpha/page/2/\"");
        (await client.GetStringAsync("/@alpha/page/2/")).Should().Contain("First Post");
        (await client.GetAsync("/@alpha/page/9/")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/@alpha/page/1/")).Headers.Location!.ToString().Should().Be("/@alpha/");
    }

    [Fact]
    public async Task A_post_page_shows_its_dates_in_the_blogs_zone_its_terms_body_neighbours_and_structured_data()
    {
        using var client = site.Client();

        var html = await client.GetStringAsync("/@alpha" + Encoded(site.Permalinks["second"]));

        html.Should().Contain("<h1>Second Post</h1>");
        html.Should().Contain("<time datetime=\"2026-02-10T09:00:00+09:00\">February 10, 2026</time>");
        html.Should().Contain("1 min read");
        html.Should().Contain("<article class=\"post\">").And.Contain("<div class=\"content\"><p>Second body.</p>");
        html.Should().Contain("href=\"/@alpha/categories/Backend/\"").And.Contain("href=\"/@alpha/tags/web/\"");
        html.Should().Contain("rel=\"prev\"").And.Contain("First Post").And.Contain("rel=\"next\"");
        html.Should().Contain("<form class=\"like\" method=\"post\"");
        html.Should().Contain("property=\"og:type\" content=\"article\"");
        var jsonLd = JsonDocument.Parse(JsonLdPattern().Match(html).Groups[1].Value).RootElement;
        jsonLd.GetProperty("@type").GetString().Should().Be("BlogPosting");
        jsonLd.GetProperty("datePublished").GetString().Should().Be("2026-02-10T09:00:00+09:00");
        jsonLd.GetProperty("headline").GetString().Should().Be("Second Post");
    }

    [Fact]
    public async Task A_post_image_becomes_an_absolute_og_image_and_a_large_twitter_card()
    {
        using var client = site.Client("alpha.example");

        var html = await client.GetStringAsync(Encoded(site.Permalinks["first"]));

        html.Should().Contain("property=\"og:image\" content=\"http://alpha.example/img/cover.png\"");
        html.Should().Contain("name=\"twitter:card\" content=\"summary_large_image\"");
        html.Should().Contain("<link rel=\"canonical\" href=\"http://alpha.example" + Encoded(site.Permalinks["first"]) + "\">");
    }

    [Fact]
    public async Task A_Korean_blog_gets_Korean_chrome_and_Hangul_addresses_work()
    {
        using var client = site.Client();

        var home = await client.GetStringAsync("/@beta/");
        var post = await client.GetAsync("/@beta" + Encoded(site.Permalinks["korean"]));

        home.Should().Contain("<html lang=\"ko\">").And.Contain("분 읽기").And.Contain("2026년 4월 1일");
        post.StatusCode.Should().Be(HttpStatusCode.OK);
        (await post.Content.ReadAsStringAsync()).Should().Contain("<h1>안녕하세요 세계</h1>").And.Contain("property=\"og:locale\" content=\"ko_KR\"");
        (await client.GetStringAsync("/@beta/tags/" + Uri.EscapeDataString("한국어") + "/")).Should().Contain("안녕하세요 세계");
    }

    [Fact]
    public async Task Tag_category_and_archive_pages_list_the_right_posts_and_every_page_has_the_category_tree()
    {
        using var client = site.Client();

        var tag = await client.GetStringAsync("/@alpha/tags/web/");
        var category = await client.GetStringAsync("/@alpha/categories/Backend/");
        var nested = await client.GetStringAsync("/@alpha/categories/Backend/Django/");
        var slashName = await client.GetAsync("/@alpha/categories/AI%2FML/");
        var archive = await client.GetStringAsync("/@alpha/archive/");

        tag.Should().Contain("First Post").And.Contain("Second Post").And.NotContain("Third").And.NotContain("Secret Draft");
        category.Should().Contain("First Post").And.Contain("Second Post").And.NotContain("Third &lt;Post&gt;</a></h2>");
        nested.Should().Contain("First Post").And.NotContain("Second Post</a></h2>");
        slashName.StatusCode.Should().Be(HttpStatusCode.OK);
        (await slashName.Content.ReadAsStringAsync()).Should().Contain("Third &lt;Post&gt;");
        archive.Should().Contain("March 2026").And.Contain("February 2026").And.Contain("January 2026");
        foreach (var page in new[] { tag, category, archive })
        {
            page.Should().Contain("<ul class=\"categories\">").And.Contain("href=\"/@alpha/categories/AI%2FML/\"");
            page.Should().MatchRegex("Backend</a> <span class=\"count\">2</span>");
        }
    }

    [Fact]
    public async Task Unknown_posts_get_the_blogs_own_404_and_unknown_blogs_and_hosts_the_platforms()
    {
        using var client = site.Client();
        using var unknownHost = site.Client("nobody.example");

        var missingPost = await client.GetAsync("/@beta/nope/");
        var missingBlog = await client.GetAsync("/@nosuchblog/");
        var missingHost = await unknownHost.GetAsync("/");

        missingPost.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await missingPost.Content.ReadAsStringAsync()).Should().Contain("페이지를 찾을 수 없습니다").And.Contain("noindex");
        missingBlog.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await missingBlog.Content.ReadAsStringAsync()).Should().NotContain("Alpha").And.NotContain("베타");
        missingHost.StatusCode.Should().Be(HttpStatusCode.NotFound);
        missingHost.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
    }

    [Fact]
    public async Task One_blogs_posts_are_never_served_under_another_blogs_address()
    {
        using var client = site.Client();
        using var alphaHost = site.Client("alpha.example");
        using var betaHost = site.Client("beta.blogs.test");

        (await client.GetAsync("/@beta" + Encoded(site.Permalinks["first"]))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await betaHost.GetAsync(Encoded(site.Permalinks["first"]))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await alphaHost.GetAsync(Encoded(site.Permalinks["korean"]))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await alphaHost.GetAsync("/@beta/")).StatusCode.Should().Be(HttpStatusCode.NotFound, "a path prefix never reaches another blog from a blog's own host");
        (await betaHost.GetStringAsync("/")).Should().Contain("베타 블로그").And.NotContain("Alpha");
        var like = await client.PostAsync($"/@beta/_platform/like/{site.PostIds["first"]}", null);
        like.StatusCode.Should().Be(HttpStatusCode.NotFound, "a like for another blog's post is refused");
    }

    [Fact]
    public async Task Lists_and_posts_answer_304_to_their_validators_and_HEAD_has_headers_without_a_body()
    {
        using var client = site.Client();
        var first = await client.GetAsync("/@alpha/");
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;

        using var byTag = new HttpRequestMessage(HttpMethod.Get, "/@alpha/");
        byTag.Headers.IfNoneMatch.Add(etag);
        using var byDate = new HttpRequestMessage(HttpMethod.Get, "/@alpha/");
        byDate.Headers.IfModifiedSince = lastModified;
        using var head = new HttpRequestMessage(HttpMethod.Head, "/@alpha/");

        (await client.SendAsync(byTag)).StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await client.SendAsync(byDate)).StatusCode.Should().Be(HttpStatusCode.NotModified);
        var headResponse = await client.SendAsync(head);
        headResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        headResponse.Content.Headers.ContentLength.Should().Be(first.Content.Headers.ContentLength);
        (await headResponse.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        first.Headers.CacheControl!.ToString().Should().Contain("no-cache");

        var post = await client.GetAsync("/@alpha" + Encoded(site.Permalinks["third"]));
        using var postAgain = new HttpRequestMessage(HttpMethod.Get, "/@alpha" + Encoded(site.Permalinks["third"]));
        postAgain.Headers.IfNoneMatch.Add(post.Headers.ETag!);
        (await client.SendAsync(postAgain)).StatusCode.Should().Be(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task Pages_are_compressed_for_clients_that_accept_brotli()
    {
        using var client = site.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/@alpha/");
        request.Headers.AcceptEncoding.ParseAdd("br");

        var response = await client.SendAsync(request);

        response.Content.Headers.ContentEncoding.Should().Contain("br");
    }

    [Fact]
    public async Task Addresses_without_their_trailing_slash_redirect_to_the_canonical_one()
    {
        using var client = site.Client();
        var permalink = Encoded(site.Permalinks["second"]);

        (await client.GetAsync("/@alpha" + permalink.TrimEnd('/'))).Headers.Location!.ToString().Should().Be("/@alpha" + permalink);
        (await client.GetAsync("/@alpha/archive")).Headers.Location!.ToString().Should().Be("/@alpha/archive/");
    }

    private static string Encoded(string permalink) => string.Join('/', permalink.Split('/').Select(Uri.EscapeDataString));

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdPattern();
}
