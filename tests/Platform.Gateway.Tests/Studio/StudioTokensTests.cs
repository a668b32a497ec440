using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Access;
using Platform.Gateway.Tests.Analytics;

namespace Platform.Gateway.Tests.Studio;

/// <summary>The blog tokens page: owners list, create and revoke the blog's API tokens; nobody else, and no other blog.</summary>
public sealed partial class StudioTokensTests(AnalyticsSiteFactory site) : IClassFixture<AnalyticsSiteFactory>
{
    private IBlogAccessGrain Access(string blog) => site.Services.GetRequiredService<IGrainFactory>().GetGrain<IBlogAccessGrain>(blog);

    [Fact]
    public async Task An_owner_sees_the_blogs_tokens_without_any_secret_and_a_labelled_create_form()
    {
        using var session = await SignedInAsync(site.Owner);
        var (status, html) = await session.PageAsync("/studio/alpha/tokens");
        status.Should().Be(HttpStatusCode.OK);
        var tokens = await Access("alpha").List();
        foreach (var token in tokens.Where(t => t.RevokedAt is null))
        {
            html.Should().Contain("<code>" + token.Id + "</code>", "each live token is listed by its id");
        }

        html.Should().Contain("<td>owner</td>").And.Contain("<td>editor</td>").And.Contain("<td>author</td>");
        html.Should().NotContain(site.Owner).And.NotContain(site.Editor).And.NotContain("plt_alpha_", "no secret is ever listed");
        html.Should().Contain("<label for=\"name\">").And.Contain("<label for=\"role\">").And.Contain("<option value=\"contributor\"");
        html.Should().Contain("aria-current=\"page\">API tokens</a>", "owners reach the page from the blog's navigation");
        html.Should().Contain("This session signed in with this token", "the session's own token is pointed out before it is revoked");
    }

    [Fact]
    public async Task A_created_token_is_shown_once_works_in_the_api_and_stops_working_when_revoked()
    {
        using var session = await SignedInAsync(site.Owner);
        var created = await session.PostAsync("/studio/alpha/tokens", "/studio/alpha/tokens", new Dictionary<string, string> { ["name"] = "ci bot", ["role"] = "editor" });
        created.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await created.Content.ReadAsStringAsync();
        html.Should().Contain("Copy it now");
        var secret = SecretField().Match(html).Groups[1].Value;
        secret.Should().StartWith("plt_alpha_");
        var info = (await Access("alpha").List()).Single(t => t.Name == "ci bot");
        info.Role.Should().Be(TokenRole.Editor);
        info.RevokedAt.Should().BeNull();

        using var api = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://blogs.test") });
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        (await api.GetAsync(new Uri("/api/v1/blogs/alpha/posts", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK, "the new token is a working editor token");
        (await api.GetAsync(new Uri("/api/v1/blogs/alpha/tokens", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.Forbidden, "an editor token manages no tokens");

        var again = (await session.PageAsync("/studio/alpha/tokens")).Html;
        again.Should().Contain("<code>" + info.Id + "</code>").And.NotContain(secret, "the secret is shown once");

        var revoked = await session.PostAsync("/studio/alpha/tokens/revoke", "/studio/alpha/tokens", new Dictionary<string, string> { ["id"] = info.Id });
        revoked.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = (await session.PageAsync(revoked.Headers.Location!.OriginalString)).Html;
        after.Should().Contain("Token &quot;ci bot&quot; revoked").And.Contain("Revoked tokens");
        (await Access("alpha").List()).Single(t => t.Id == info.Id).RevokedAt.Should().NotBeNull();
        (await api.GetAsync(new Uri("/api/v1/blogs/alpha/posts", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a revoked token authenticates nothing");

        (await session.PostAsync("/studio/alpha/tokens/revoke", "/studio/alpha/tokens", new Dictionary<string, string> { ["id"] = info.Id }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect, "revoking twice is accepted, as in the API");
        (await session.PostAsync("/studio/alpha/tokens/revoke", "/studio/alpha/tokens", new Dictionary<string, string> { ["id"] = "tok_nosuch" }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("", "editor", "name")]
    [InlineData("   ", "editor", "name")]
    [InlineData("x", "admin", "role")]
    [InlineData("x", "", "role")]
    [InlineData("long", "author", "name")]
    public async Task Bad_input_is_marked_next_to_its_field_and_creates_nothing(string name, string role, string field)
    {
        if (name == "long")
        {
            name = new string('n', 101);
        }

        using var session = await SignedInAsync(site.Owner);
        var before = (await Access("alpha").List()).Count;
        var refused = await session.PostAsync("/studio/alpha/tokens", "/studio/alpha/tokens", new Dictionary<string, string> { ["name"] = name, ["role"] = role });
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = await refused.Content.ReadAsStringAsync();
        html.Should().Contain($"id=\"{field}-error\"").And.Contain("No token was created").And.NotContain("id=\"new-token\"");
        html.Should().MatchRegex($"id=\"{field}\"[^>]*aria-invalid=\"true\"");
        (await Access("alpha").List()).Count.Should().Be(before);
    }

    [Fact]
    public async Task Editors_and_authors_are_refused_and_no_owner_reaches_another_blogs_tokens()
    {
        var betaToken = (await Access("beta").List()).First(t => t.RevokedAt is null);
        var betaCount = (await Access("beta").List()).Count;
        foreach (var token in new[] { site.Editor, site.Author })
        {
            using var session = await SignedInAsync(token);
            (await session.GetAsync("/studio/alpha/tokens")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
            (await session.PostFormAsync("/studio/alpha/tokens", new Dictionary<string, string> { ["name"] = "sneaky", ["role"] = "owner" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
            var alphaOwner = (await Access("alpha").List()).First(t => t.Name == "owner");
            (await session.PostFormAsync("/studio/alpha/tokens/revoke", new Dictionary<string, string> { ["id"] = alphaOwner.Id })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
            (await session.PageAsync("/studio/alpha/posts")).Html.Should().NotContain("/studio/alpha/tokens", "the navigation offers the page to owners only");
        }

        using (var owner = await SignedInAsync(site.Owner))
        {
            foreach (var path in new[] { "/studio/beta/tokens", "/studio/nosuch/tokens" })
            {
                (await owner.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.Forbidden, path);
                (await owner.PostFormAsync(path, new Dictionary<string, string> { ["name"] = "planted", ["role"] = "owner" })).StatusCode.Should().Be(HttpStatusCode.Forbidden, path);
            }

            (await owner.PostFormAsync("/studio/beta/tokens/revoke", new Dictionary<string, string> { ["id"] = betaToken.Id })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
            (await owner.PostFormAsync("/studio/alpha/tokens/revoke", new Dictionary<string, string> { ["id"] = betaToken.Id })).StatusCode.Should().Be(HttpStatusCode.NotFound, "a token of another blog is not this blog's");
        }

        (await Access("beta").List()).Should().HaveCount(betaCount).And.Contain(t => t.Id == betaToken.Id && t.RevokedAt == null);
        (await Access("alpha").List()).Should().NotContain(t => t.Name == "sneaky" || t.Name == "planted");
        (await Access("alpha").List()).Should().Contain(t => t.Name == "owner" && t.RevokedAt == null);
        using var anonymous = new StudioSession(site);
        (await anonymous.GetAsync("/studio/alpha/tokens")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        using var session = await SignedInAsync(site.Owner);
        var before = await Access("alpha").List();
        var victim = before.First(t => t.Name == "editor");
        (await session.PostFormAsync("/studio/alpha/tokens", new Dictionary<string, string> { ["name"] = "forged", ["role"] = "owner" }, antiforgery: ""))
            .StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await session.PostFormAsync("/studio/alpha/tokens/revoke", new Dictionary<string, string> { ["id"] = victim.Id }, antiforgery: "forged"))
            .StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var after = await Access("alpha").List();
        after.Should().NotContain(t => t.Name == "forged");
        after.Single(t => t.Id == victim.Id).RevokedAt.Should().BeNull();
    }

    [Fact]
    public async Task Revoking_the_sessions_own_token_ends_the_sessions_hold_on_the_blog()
    {
        var spare = (await Access("alpha").Issue("spare owner", TokenRole.Owner)).Secret;
        using var session = await SignedInAsync(spare);
        var self = (await Access("alpha").List()).Single(t => t.Name == "spare owner");
        var revoked = await session.PostAsync("/studio/alpha/tokens/revoke", "/studio/alpha/tokens", new Dictionary<string, string> { ["id"] = self.Id });
        revoked.StatusCode.Should().Be(HttpStatusCode.Redirect);
        revoked.Headers.Location!.OriginalString.Should().Be("/studio/");
        (await session.GetAsync("/studio/alpha/tokens")).StatusCode.Should().Be(HttpStatusCode.Redirect, "with its only grant gone the session must sign in again");
    }

    [Fact]
    public async Task A_korean_blogs_page_speaks_korean_including_the_refusals()
    {
        using var session = await SignedInAsync(site.BetaOwner);
        var (status, html) = await session.PageAsync("/studio/beta/tokens");
        status.Should().Be(HttpStatusCode.OK);
        html.Should().Contain("lang=\"ko\"").And.Contain("API 토큰").And.Contain("<td>소유자</td>");
        var refused = await session.PostAsync("/studio/beta/tokens", "/studio/beta/tokens", new Dictionary<string, string> { ["name"] = "", ["role"] = "author" });
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("토큰 이름을 입력하세요");
    }

    private async Task<StudioSession> SignedInAsync(string token)
    {
        var session = new StudioSession(site);

        // A client address of its own per session: sign-in is rate-limited per address, and this class signs in often.
        session.Http.DefaultRequestHeaders.Add(Platform.Gateway.Tests.Hosting.GatewayFactory.PeerHeader, $"10.77.{Random.Shared.Next(256)}.{Random.Shared.Next(1, 255)}");
        (await session.SignInAsync(token)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return session;
    }

    [GeneratedRegex("id=\"new-token\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex SecretField();
}
