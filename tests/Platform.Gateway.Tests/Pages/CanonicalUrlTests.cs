using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Authoring;
using Platform.Gateway.Pages;

namespace Platform.Gateway.Tests.Pages;

/// <summary>A post's <c>canonical_url</c> becomes its page's canonical link, og:url and JSON-LD url when it is an absolute http(s) URL.</summary>
public sealed class CanonicalUrlTests(BlogSiteFactory site) : IClassFixture<BlogSiteFactory>
{
    [Fact]
    public async Task A_posts_canonical_url_is_its_pages_canonical_link_og_url_and_json_ld_url()
    {
        var permalink = await PublishAsync("Syndicated", "https://original.example/posts/1?ref=a&b=c");
        using var client = site.Client("alpha.example");
        var html = await client.GetStringAsync(Encoded(permalink));

        html.Should().Contain("<link rel=\"canonical\" href=\"https://original.example/posts/1?ref=a&amp;b=c\">");
        html.Should().Contain("property=\"og:url\" content=\"https://original.example/posts/1?ref=a&amp;b=c\"");
        html.Should().Contain("\"url\":\"https://original.example/posts/1?ref=a\\u0026b=c\"").And.Contain("\"@id\":\"https://original.example/posts/1?ref=a\\u0026b=c\"");
        html.Should().NotContain("href=\"http://alpha.example" + Encoded(permalink) + "\"", "the post's own address is not its canonical one");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("/elsewhere/")]
    [InlineData("ftp://files.example/post")]
    [InlineData("https://")]
    [InlineData("https://user:secret@original.example/")]
    public async Task Any_other_canonical_url_leaves_the_posts_own_address(string value)
    {
        var permalink = await PublishAsync("Own address " + Guid.NewGuid().ToString("N")[..6], value);
        using var client = site.Client("alpha.example");
        var html = await client.GetStringAsync(Encoded(permalink));

        html.Should().Contain("<link rel=\"canonical\" href=\"http://alpha.example" + Encoded(permalink) + "\">");
        html.Should().Contain("property=\"og:url\" content=\"http://alpha.example" + Encoded(permalink) + "\"");
        html.Should().NotContain("javascript:").And.NotContain("ftp://").And.NotContain("secret@");
    }

    [Fact]
    public async Task A_post_without_one_keeps_its_own_address()
    {
        using var client = site.Client("alpha.example");
        var html = await client.GetStringAsync(Encoded(site.Permalinks["second"]));
        html.Should().Contain("<link rel=\"canonical\" href=\"http://alpha.example" + Encoded(site.Permalinks["second"]) + "\">");
    }

    [Theory]
    [InlineData(" https://a.example/x ", "https://a.example/x")]
    [InlineData("http://a.example", "http://a.example/")]
    [InlineData("https://a.example/with space", null)]
    [InlineData("mailto:someone@a.example", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Validate_accepts_only_absolute_http_and_https_urls(string? value, string? expected) =>
        CanonicalUrl.Validate(value).Should().Be(expected);

    private async Task<string> PublishAsync(string title, string canonical)
    {
        var authoring = site.Services.GetRequiredService<BlogAuthoring>();
        var yaml = canonical.Replace("'", "''", StringComparison.Ordinal);
        var saved = await authoring.CreatePostAsync("alpha", new PostSource($"---\ntitle: {title}\ndate: 2026-01-20 09:00:00 +0900\ncanonical_url: '{yaml}'\n---\nBody."));
        return saved.Entry.Permalink;
    }

    private static string Encoded(string permalink) => string.Join('/', permalink.Split('/').Select(Uri.EscapeDataString));
}
