using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Access;
using Platform.Gateway.Tests.Analytics;

namespace Platform.Gateway.Tests.Studio;

/// <summary>The studio's sign-in, session, headers and tenancy, through the real gateway.</summary>
public sealed class StudioTests(AnalyticsSiteFactory site) : IClassFixture<AnalyticsSiteFactory>
{
    [Fact]
    public async Task Every_studio_answer_has_strict_security_headers()
    {
        using var session = new StudioSession(site);
        var response = await session.GetAsync("/studio/signin");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("default-src 'none'").And.Contain("script-src 'self'").And.Contain("frame-ancestors 'none'").And.NotContain("unsafe-inline");
        response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().Should().Be("same-origin");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("<label for=\"token\">").And.NotContain("<script>").And.NotContain("style=");
    }

    [Fact]
    public async Task Sign_in_needs_the_antiforgery_token_and_a_live_token()
    {
        using var session = new StudioSession(site);
        (await session.SignInAsync(site.Owner, antiforgery: "forged")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var bad = await session.SignInAsync("pt_alpha_notarealtoken");
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).Should().Contain("not valid");
        (await session.GetAsync("/studio/alpha/analytics")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task An_owner_signs_in_and_gets_an_httponly_secure_lax_session()
    {
        using var session = new StudioSession(site);
        var signIn = await session.SignInAsync(site.Owner);
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        signIn.Headers.Location!.OriginalString.Should().Be("/studio/alpha/analytics");
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("platform.studio=", StringComparison.Ordinal));
        cookie.Should().Contain("httponly").And.Contain("secure").And.Contain("samesite=lax").And.Contain("path=/studio");
        var dashboard = await session.GetAsync("/studio/alpha/analytics?period=7d");
        dashboard.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await dashboard.Content.ReadAsStringAsync();
        html.Should().Contain("Unique visitors").And.Contain("<svg").And.Contain("data-realtime");
        (await session.GetAsync("/studio/alpha/analytics/realtime")).StatusCode.Should().Be(HttpStatusCode.OK);
        var export = await session.GetAsync("/studio/alpha/analytics/export?period=7d");
        export.Content.Headers.ContentType!.MediaType.Should().Be("application/zip");
    }

    [Fact]
    public async Task A_session_never_reaches_another_blog()
    {
        using var session = new StudioSession(site);
        await session.SignInAsync(site.Owner);
        foreach (var path in new[] { "/studio/beta/analytics", "/studio/beta/analytics/realtime", "/studio/beta/analytics/export", "/studio/nosuchblog/analytics" })
        {
            (await session.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.Forbidden, path);
        }
    }

    [Fact]
    public async Task Authors_cannot_read_analytics_and_revoked_tokens_end_the_session()
    {
        using var author = new StudioSession(site);
        (await author.SignInAsync(site.Author)).Headers.Location!.OriginalString.Should().Be("/studio/alpha/posts", "an author lands where the role can work");
        (await author.GetAsync("/studio")).Headers.Location!.OriginalString.Should().Be("/studio/alpha/posts");
        (await author.GetAsync("/studio/alpha/analytics")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await author.GetAsync("/studio/alpha/analytics/export")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var access = site.Services.GetRequiredService<IGrainFactory>().GetGrain<IBlogAccessGrain>("alpha");
        var issued = await access.Issue("short-lived", TokenRole.Editor);
        using var editor = new StudioSession(site);
        await editor.SignInAsync(issued.Secret);
        (await editor.GetAsync("/studio/alpha/analytics")).StatusCode.Should().Be(HttpStatusCode.OK);
        await access.Revoke(issued.Info.Id);
        (await editor.GetAsync("/studio/alpha/analytics")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Bad_dashboard_parameters_get_a_clear_message()
    {
        using var session = new StudioSession(site);
        await session.SignInAsync(site.Owner);
        var response = await session.GetAsync("/studio/alpha/analytics?period=custom&from=2026-03-10&to=2026-03-01");
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("ends before it starts");
    }

    [Theory]
    [InlineData("alpha.blogs.test")]
    [InlineData("alpha.example")]
    public async Task The_studio_is_not_served_under_a_blogs_host(string host)
    {
        using var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://" + host) });
        (await client.GetAsync(new Uri("/studio/signin", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_dashboard_follows_the_blogs_locale()
    {
        using var session = new StudioSession(site);
        await session.SignInAsync(site.BetaOwner);
        var html = await (await session.GetAsync("/studio/beta/analytics")).Content.ReadAsStringAsync();
        html.Should().Contain("lang=\"ko\"").And.Contain("순 방문자").And.Contain("일별 순 방문자의 합");
    }

    [Fact]
    public async Task A_cards_arrow_says_which_way_the_figure_moved_and_its_colour_whether_that_is_good()
    {
        // One visitor, one page: visitors rise from none (good), and so does the bounce rate (bad).
        using (var client = site.CreateClient())
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/@alpha" + site.Permalinks["first"]);
            request.Headers.TryAddWithoutValidation("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36");
            request.Headers.Add("X-Test-Peer", AnalyticsSiteFactory.Proxy);
            request.Headers.Add("X-Forwarded-For", "121.134.7.7");
            (await client.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        await site.FlushAsync();
        using var session = new StudioSession(site);
        await session.SignInAsync(site.Owner);
        var html = await (await session.GetAsync("/studio/alpha/analytics")).Content.ReadAsStringAsync();
        html.Should().MatchRegex(new Regex("data-metric=\"visitors\">(?:(?!</div>).)*class=\"change up good\"", RegexOptions.Singleline));
        html.Should().MatchRegex(new Regex("data-metric=\"bounce_rate\">(?:(?!</div>).)*class=\"change up bad\"", RegexOptions.Singleline));
    }
}
