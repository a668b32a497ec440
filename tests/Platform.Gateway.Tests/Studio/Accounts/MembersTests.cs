using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Access;
using Platform.Blogging.Posts;

namespace Platform.Gateway.Tests.Studio.Accounts;

/// <summary>Invitations, the members page, personal tokens and tenancy, through the real gateway.</summary>
public sealed class MembersTests(AccountsSiteFactory site) : IClassFixture<AccountsSiteFactory>
{
    [Fact]
    public async Task An_invited_author_creates_an_account_joins_and_is_removed_at_once()
    {
        using var owner = new StudioSession(site);
        await owner.SignInWithPasswordAsync("ada@alpha.test", AccountsSiteFactory.Password);
        var bad = await owner.PostFormAsync("/studio/alpha/members/invite", new Dictionary<string, string> { ["email"] = "not-an-address", ["role"] = "author" });
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).Should().Contain("not an email address");
        var invite = await owner.PostFormAsync("/studio/alpha/members/invite", new Dictionary<string, string> { ["email"] = "Cat@Alpha.test", ["role"] = "author" });
        invite.StatusCode.Should().Be(HttpStatusCode.OK);
        (await invite.Content.ReadAsStringAsync()).Should().Contain("Invitation sent to cat@alpha.test").And.Contain("Pending invitations");

        var mail = site.LastMailTo("cat@alpha.test");
        mail.Subject.Should().Contain("Alpha & Co");
        var link = AccountsSiteFactory.LinkIn(mail);
        var token = Uri.UnescapeDataString(link[(link.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        using var cat = new StudioSession(site);
        var form = await (await cat.GetAsync(link)).Content.ReadAsStringAsync();
        form.Should().Contain("as author").And.Contain("readonly value=\"cat@alpha.test\"");
        var weak = await cat.PostFormAsync("/studio/invitations/accept", new Dictionary<string, string> { ["token"] = token, ["password"] = "short" });
        weak.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await site.Accounts.FindAsync("cat@alpha.test")).Should().BeNull("a refused form saves nothing");
        var accepted = await cat.PostFormAsync("/studio/invitations/accept", new Dictionary<string, string> { ["token"] = token, ["displayName"] = "Cat", ["password"] = "cat's long password" });
        accepted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await cat.GetAsync(link)).StatusCode.Should().Be(HttpStatusCode.BadRequest, "the link works once");

        var catId = (await site.Accounts.FindAsync("cat@alpha.test"))!;
        (await site.Services.GetRequiredService<IGrainFactory>().GetGrain<IBlogAccessGrain>("alpha").MemberRole(catId)).Should().Be(TokenRole.Author);
        (await cat.GetAsync("/studio/alpha/members")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "authors do not manage members");
        (await cat.GetAsync("/studio/alpha/analytics")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var members = await (await owner.GetAsync("/studio/alpha/members")).Content.ReadAsStringAsync();
        members.Should().Contain("cat@alpha.test").And.Contain("<label for=\"role-" + catId + "\"");

        // Personal token: within the member's role, posts attributed to the user, revoked with the membership.
        var tooHigh = await cat.PostFormAsync("/studio/account/tokens", new Dictionary<string, string> { ["blog"] = "alpha", ["name"] = "ci", ["role"] = "owner" });
        tooHigh.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var created = await (await cat.PostFormAsync("/studio/account/tokens", new Dictionary<string, string> { ["blog"] = "alpha", ["name"] = "ci", ["role"] = "author" })).Content.ReadAsStringAsync();
        var secret = StudioSession.ById(created, "new-token");
        secret.Should().StartWith("plt_alpha_");
        using var api = site.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        using var post = await api.PostAsJsonAsync("/api/v1/blogs/alpha/posts", new { title = "By Cat", markdown = "Hello." });
        post.StatusCode.Should().Be(HttpStatusCode.Created, await post.Content.ReadAsStringAsync());
        var id = JsonDocument.Parse(await post.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        var document = await site.Services.GetRequiredService<IGrainFactory>().GetGrain<IPostGrain>(PostKey.Of("alpha", id)).GetDocument();
        document!.Content.OwnerId.Should().Be("usr_" + catId);
        (await api.GetAsync(new Uri("/api/v1/blogs/beta/posts", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var removed = await owner.PostFormAsync("/studio/alpha/members/remove", new Dictionary<string, string> { ["userId"] = catId });
        removed.StatusCode.Should().Be(HttpStatusCode.OK);
        (await cat.GetAsync("/studio/alpha/analytics")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "a removed member loses the blog at once");
        (await api.GetAsync(new Uri("/api/v1/blogs/alpha/posts", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "removal revokes the member's personal tokens");
    }

    [Fact]
    public async Task Editors_invite_and_manage_only_authors_and_contributors()
    {
        var editor = await site.Accounts.RegisterAsync("ed@alpha.test", "Ed", "editor's password", "en");
        await site.Accounts.JoinAsync("alpha", editor, TokenRole.Editor);
        using var session = new StudioSession(site);
        await session.SignInWithPasswordAsync("ed@alpha.test", "editor's password");
        (await session.PostFormAsync("/studio/alpha/members/invite", new Dictionary<string, string> { ["email"] = "boss@alpha.test", ["role"] = "owner" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await session.PostFormAsync("/studio/alpha/members/invite", new Dictionary<string, string> { ["email"] = "boss@alpha.test", ["role"] = "superuser" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await session.PostFormAsync("/studio/alpha/members/invite", new Dictionary<string, string> { ["email"] = "helper@alpha.test", ["role"] = "contributor" })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await session.PostFormAsync("/studio/alpha/members/remove", new Dictionary<string, string> { ["userId"] = site.AlphaOwner.Id })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await session.PostFormAsync("/studio/alpha/members/role", new Dictionary<string, string> { ["userId"] = site.AlphaOwner.Id, ["role"] = "author" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var html = await (await session.GetAsync("/studio/alpha/members")).Content.ReadAsStringAsync();
        html.Should().Contain("helper@alpha.test").And.NotContain("<option value=\"owner\"");
    }

    [Fact]
    public async Task A_member_of_one_blog_gets_403_on_every_route_of_another()
    {
        using var session = new StudioSession(site);
        await session.SignInWithPasswordAsync("ada@alpha.test", AccountsSiteFactory.Password);
        foreach (var blog in new[] { "beta", "nosuchblog" })
        {
            foreach (var path in new[] { "/members", "/analytics", "/analytics/realtime", "/analytics/export" })
            {
                (await session.GetAsync("/studio/" + blog + path)).StatusCode.Should().Be(HttpStatusCode.Forbidden, blog + path);
            }

            foreach (var (path, fields) in new (string, Dictionary<string, string>)[]
            {
                ("/members/invite", new() { ["email"] = "x@alpha.test", ["role"] = "author" }),
                ("/members/role", new() { ["userId"] = site.BetaOwner.Id, ["role"] = "contributor" }),
                ("/members/remove", new() { ["userId"] = site.BetaOwner.Id }),
                ("/members/invitations/revoke", new() { ["id"] = "inv_0" }),
            })
            {
                (await session.PostFormAsync("/studio/" + blog + path, fields)).StatusCode.Should().Be(HttpStatusCode.Forbidden, blog + path);
            }
        }

        (await session.PostFormAsync("/studio/account/tokens", new Dictionary<string, string> { ["blog"] = "beta", ["name"] = "x", ["role"] = "contributor" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var betaTokens = await site.Services.GetRequiredService<IGrainFactory>().GetGrain<IBlogAccessGrain>("beta").List();
        betaTokens.Should().NotContain(t => t.UserId == site.AlphaOwner.Id);
        (await site.Services.GetRequiredService<IGrainFactory>().GetGrain<IBlogAccessGrain>("beta").MemberRole(site.BetaOwner.Id)).Should().Be(TokenRole.Owner);
    }

    [Fact]
    public async Task A_korean_blogs_members_page_and_invitation_mail_are_in_korean()
    {
        using var session = new StudioSession(site);
        await session.SignInWithPasswordAsync("bo@beta.test", AccountsSiteFactory.Password);
        var invite = await session.PostFormAsync("/studio/beta/members/invite", new Dictionary<string, string> { ["email"] = "min@beta.test", ["role"] = "editor" });
        invite.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await invite.Content.ReadAsStringAsync());
        html.Should().Contain("lang=\"ko\"").And.Contain("대기 중인 초대").And.Contain("<label for=\"invite-email\">이메일</label>");
        var mail = site.LastMailTo("min@beta.test");
        mail.Subject.Should().Be("베타 블로그 블로그 초대");
        mail.TextBody.Should().Contain("편집자");
    }

    [Fact]
    public async Task A_blog_created_over_the_admin_api_comes_with_an_owner_invitation_link_and_mail()
    {
        using var api = site.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", AccountsSiteFactory.AdminToken);
        using var bad = await api.PostAsJsonAsync("/api/v1/blogs", new { name = "gamma", title = "Gamma", ownerEmail = "nope" });
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using var response = await api.PostAsJsonAsync("/api/v1/blogs", new { name = "gamma", title = "Gamma", ownerEmail = "Gus@Gamma.test" });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var invitation = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("invitation");
        invitation.GetProperty("email").GetString().Should().Be("gus@gamma.test");
        invitation.GetProperty("mailed").GetBoolean().Should().BeTrue();
        var url = new Uri(invitation.GetProperty("url").GetString()!);
        url.PathAndQuery.Should().StartWith("/studio/invitations/accept?token=pli_gamma_");
        AccountsSiteFactory.LinkIn(site.LastMailTo("gus@gamma.test")).Should().Be(url.PathAndQuery);

        using var gus = new StudioSession(site);
        var token = Uri.UnescapeDataString(url.Query[(url.Query.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        (await gus.PostFormAsync("/studio/invitations/accept", new Dictionary<string, string> { ["token"] = token, ["password"] = "gus's long password" })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await gus.GetAsync("/studio/gamma/members")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
