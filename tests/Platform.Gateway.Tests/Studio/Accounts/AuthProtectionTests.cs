using System.Net;

namespace Platform.Gateway.Tests.Studio.Accounts;

/// <summary>Every auth form refuses a post without its antiforgery token, and every auth route is rate-limited.</summary>
public sealed class AuthProtectionTests
{
    /// <summary>The auth routes: sign-in, second factor, reset request, reset, invitation, and the account's password checks.</summary>
    public static TheoryData<string> AuthRoutes => new()
    {
        "/studio/signin",
        "/studio/signin/code",
        "/studio/password/forgot",
        "/studio/password/reset",
        "/studio/invitations/accept",
        "/studio/account/password",
        "/studio/account/2fa/confirm",
        "/studio/account/2fa/disable",
    };

    /// <summary>Every studio form.</summary>
    public static TheoryData<string> Forms => new()
    {
        "/studio/signin",
        "/studio/signout",
        "/studio/signin/code",
        "/studio/password/forgot",
        "/studio/password/reset",
        "/studio/invitations/accept",
        "/studio/account/password",
        "/studio/account/2fa/begin",
        "/studio/account/2fa/confirm",
        "/studio/account/2fa/disable",
        "/studio/account/tokens",
        "/studio/account/tokens/revoke",
        "/studio/alpha/members/invite",
        "/studio/alpha/members/role",
        "/studio/alpha/members/remove",
        "/studio/alpha/members/invitations/revoke",
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused(string path)
    {
        await using var site = new AccountsSiteFactory();
        await site.InitializeAsync();
        using var session = new StudioSession(site);
        (await session.SignInWithPasswordAsync("ada@alpha.test", AccountsSiteFactory.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var fields = new Dictionary<string, string> { ["email"] = "ada@alpha.test", ["password"] = AccountsSiteFactory.Password, ["role"] = "author", ["code"] = "123456" };
        (await session.PostFormAsync(path, fields, antiforgery: "")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await session.PostFormAsync(path, fields, antiforgery: "forged")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await session.GetAsync("/studio/account")).StatusCode.Should().Be(HttpStatusCode.OK, "nothing was changed or signed out");
    }

    [Theory]
    [MemberData(nameof(AuthRoutes))]
    public async Task An_auth_route_answers_429_past_its_limit_per_client(string path)
    {
        await using var site = new AccountsSiteFactory();
        site.With("Studio:AuthAttemptsPerMinute", "3");
        await site.InitializeAsync();
        using var session = new StudioSession(site);
        var antiforgery = await session.AntiforgeryAsync();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await session.PostFormAsync(path, new Dictionary<string, string> { ["email"] = "x@alpha.test", ["password"] = "wrong password " + i, ["code"] = "123456" }, antiforgery)).StatusCode);
        }

        statuses.Take(3).Should().NotContain(HttpStatusCode.TooManyRequests);
        statuses[3].Should().Be(HttpStatusCode.TooManyRequests);
        (await session.GetAsync("/studio/signin")).StatusCode.Should().Be(HttpStatusCode.OK, "pages are not limited with the auth posts");
    }
}
