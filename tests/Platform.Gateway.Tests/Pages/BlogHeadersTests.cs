using System.Net;
using System.Text.RegularExpressions;

namespace Platform.Gateway.Tests.Pages;

/// <summary>Every answer under a blog carries a strict Content-Security-Policy, nosniff and a referrer policy.</summary>
public sealed partial class BlogHeadersTests(BlogSiteFactory site) : IClassFixture<BlogSiteFactory>
{
    [Theory]
    [InlineData("/@alpha/")]
    [InlineData("/@alpha/tags/")]
    [InlineData("/@alpha/feed.xml")]
    [InlineData("/@alpha/no-such-page/")]
    public async Task Pages_feeds_and_errors_carry_the_blogs_security_headers(string path)
    {
        using var client = site.Client();
        var response = await client.GetAsync(path);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("default-src 'none'").And.Contain("script-src 'none'").And.Contain("base-uri 'none'").And.NotContain("unsafe-inline").And.NotContain("unsafe-eval");
        response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().Should().Be("strict-origin-when-cross-origin");
    }

    [Fact]
    public async Task A_post_page_needs_nothing_the_policy_refuses()
    {
        using var client = site.Client();
        var html = await client.GetStringAsync("/@alpha" + site.Permalinks["second"]);
        ExecutableScript().IsMatch(html).Should().BeFalse("only the JSON-LD data block is a script element, and CSP does not run data");
        html.Should().NotContain("style=\"", "no inline style attributes").And.NotContain("<style").And.Contain("<link rel=\"stylesheet\" href=\"/_platform/");
        EventHandler().IsMatch(html).Should().BeFalse("no event handler attributes");
    }

    [GeneratedRegex("<script(?![^>]*type=\"application/ld\\+json\")", RegexOptions.IgnoreCase)]
    private static partial Regex ExecutableScript();

    [GeneratedRegex("<[a-z][^>]*\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();
}
