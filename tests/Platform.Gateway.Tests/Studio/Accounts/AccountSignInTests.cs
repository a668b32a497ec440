using System.Net;
using System.Text.RegularExpressions;
using OtpNet;

namespace Platform.Gateway.Tests.Studio.Accounts;

/// <summary>Signing in with an email and password, sessions, password changes and resets, two-factor sign-in.</summary>
public sealed partial class AccountSignInTests(AccountsSiteFactory site) : IClassFixture<AccountsSiteFactory>
{
    [Fact]
    public async Task Signing_in_sets_an_httponly_secure_lax_cookie_with_a_new_session_each_time()
    {
        using var session = new StudioSession(site);
        var first = await session.SignInWithPasswordAsync("ADA@alpha.test", AccountsSiteFactory.Password);
        first.StatusCode.Should().Be(HttpStatusCode.Redirect);
        first.Headers.Location!.OriginalString.Should().Be("/studio");
        var cookie = first.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("platform.studio=", StringComparison.Ordinal));
        cookie.Should().Contain("httponly").And.Contain("secure").And.Contain("samesite=lax").And.Contain("path=/studio").And.Contain("expires=");
        var before = StudioSession.SetCookie(first, "platform.studio");

        (await session.GetAsync("/studio")).Headers.Location!.OriginalString.Should().Be("/studio/alpha/analytics", "the switcher has one blog: the member's");
        var html = await (await session.GetAsync("/studio/alpha/analytics")).Content.ReadAsStringAsync();
        html.Should().Contain("Unique visitors").And.Contain("href=\"/studio/alpha/members\"").And.Contain("href=\"/studio/account\"");

        var second = await session.SignInWithPasswordAsync("ada@alpha.test", AccountsSiteFactory.Password);
        StudioSession.SetCookie(second, "platform.studio").Should().NotBeNullOrEmpty().And.NotBe(before, "every sign-in issues a new ticket");
    }

    [Fact]
    public async Task A_wrong_password_is_a_clear_400_and_five_lock_the_account_with_a_429()
    {
        var user = await site.Accounts.RegisterAsync("locked@alpha.test", "", "the right password", "en");
        using var session = new StudioSession(site);
        var wrong = await session.SignInWithPasswordAsync("locked@alpha.test", "not the password");
        wrong.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await wrong.Content.ReadAsStringAsync()).Should().Contain("do not match an account");
        (await session.SignInWithPasswordAsync("nobody@alpha.test", "not the password")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        for (var i = 0; i < 3; i++)
        {
            await session.SignInWithPasswordAsync("locked@alpha.test", "wrong " + i);
        }

        var locked = await session.SignInWithPasswordAsync("locked@alpha.test", "wrong again");
        locked.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await session.SignInWithPasswordAsync("locked@alpha.test", "the right password")).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await (await session.SignInWithPasswordAsync("locked@alpha.test", "the right password")).Content.ReadAsStringAsync()).Should().Contain("locked until");
        user.Id.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Changing_the_password_ends_other_sessions_but_keeps_this_one()
    {
        await site.Accounts.RegisterAsync("change@alpha.test", "", "first password!", "en");
        using var here = new StudioSession(site);
        using var elsewhere = new StudioSession(site);
        await here.SignInWithPasswordAsync("change@alpha.test", "first password!");
        await elsewhere.SignInWithPasswordAsync("change@alpha.test", "first password!");
        (await elsewhere.GetAsync("/studio/account")).StatusCode.Should().Be(HttpStatusCode.OK);

        var weak = await here.PostFormAsync("/studio/account/password", new Dictionary<string, string> { ["currentPassword"] = "first password!", ["newPassword"] = "short" });
        weak.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await weak.Content.ReadAsStringAsync()).Should().Contain("at least 10");
        var bad = await here.PostFormAsync("/studio/account/password", new Dictionary<string, string> { ["currentPassword"] = "wrong", ["newPassword"] = "second password!" });
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var changed = await here.PostFormAsync("/studio/account/password", new Dictionary<string, string> { ["currentPassword"] = "first password!", ["newPassword"] = "second password!" });
        changed.StatusCode.Should().Be(HttpStatusCode.OK);

        (await here.GetAsync("/studio/account")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await elsewhere.GetAsync("/studio/account")).StatusCode.Should().Be(HttpStatusCode.Redirect, "the old security stamp no longer opens a session");
    }

    [Fact]
    public async Task A_reset_link_from_the_pickup_folder_sets_a_new_password_once()
    {
        await site.Accounts.RegisterAsync("forgot@alpha.test", "", "forgotten password", "ko");
        using var session = new StudioSession(site);
        var unknown = await session.PostFormAsync("/studio/password/forgot", new Dictionary<string, string> { ["email"] = "nobody@alpha.test" });
        var known = await session.PostFormAsync("/studio/password/forgot", new Dictionary<string, string> { ["email"] = "forgot@alpha.test" });
        known.StatusCode.Should().Be(HttpStatusCode.OK);
        unknown.StatusCode.Should().Be(HttpStatusCode.OK, "the answer never says whether an account exists");
        (await unknown.Content.ReadAsStringAsync()).Should().Contain("If an account has that email");
        (await known.Content.ReadAsStringAsync()).Should().Contain("If an account has that email");
        (await session.PostFormAsync("/studio/password/forgot", new Dictionary<string, string> { ["email"] = "not an address" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        var mail = site.LastMailTo("forgot@alpha.test");
        mail.Subject.Should().Be("비밀번호 재설정", "mail is in the user's language");
        var link = AccountsSiteFactory.LinkIn(mail);
        link.Should().StartWith("/studio/password/reset?token=plr_");
        var token = Uri.UnescapeDataString(link[(link.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        (await session.GetAsync(link)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await session.PostFormAsync("/studio/password/reset", new Dictionary<string, string> { ["token"] = token, ["password"] = "short" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await session.PostFormAsync("/studio/password/reset", new Dictionary<string, string> { ["token"] = token, ["password"] = "remembered password" })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await session.PostFormAsync("/studio/password/reset", new Dictionary<string, string> { ["token"] = token, ["password"] = "another password!" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await session.SignInWithPasswordAsync("forgot@alpha.test", "forgotten password")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await session.SignInWithPasswordAsync("forgot@alpha.test", "remembered password")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Two_factor_sign_in_asks_for_a_code_after_the_password_and_takes_a_recovery_code()
    {
        await site.Accounts.RegisterAsync("totp@alpha.test", "", "password with totp", "en");
        using var session = new StudioSession(site);
        await session.SignInWithPasswordAsync("totp@alpha.test", "password with totp");
        var begin = await (await session.PostFormAsync("/studio/account/2fa/begin", new Dictionary<string, string>())).Content.ReadAsStringAsync();
        var secret = StudioSession.ById(begin, "totp-secret");
        secret.Should().NotBeEmpty();
        begin.Should().Contain("otpauth://totp/");
        var totp = new Totp(Base32Encoding.ToBytes(secret));
        var confirmed = await session.PostFormAsync("/studio/account/2fa/confirm", new Dictionary<string, string> { ["code"] = totp.ComputeTotp() });
        confirmed.StatusCode.Should().Be(HttpStatusCode.OK);
        var codes = RecoveryCode().Matches(await confirmed.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).ToList();
        codes.Should().HaveCount(10);
        (await session.GetAsync("/studio/account")).StatusCode.Should().Be(HttpStatusCode.OK, "turning it on re-issued this session's cookie");

        using var next = new StudioSession(site);
        var password = await next.SignInWithPasswordAsync("totp@alpha.test", "password with totp");
        password.Headers.Location!.OriginalString.Should().Be("/studio/signin/code");
        (await next.GetAsync("/studio/account")).StatusCode.Should().Be(HttpStatusCode.Redirect, "the password alone is no session");
        (await next.PostFormAsync("/studio/signin/code", new Dictionary<string, string> { ["code"] = "000000-x" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var signedIn = await next.PostFormAsync("/studio/signin/code", new Dictionary<string, string> { ["code"] = codes[0] });
        signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await next.GetAsync("/studio/account")).StatusCode.Should().Be(HttpStatusCode.OK);

        using var third = new StudioSession(site);
        await third.SignInWithPasswordAsync("totp@alpha.test", "password with totp");
        (await third.PostFormAsync("/studio/signin/code", new Dictionary<string, string> { ["code"] = codes[0] })).StatusCode.Should().Be(HttpStatusCode.BadRequest, "a recovery code works once");

        var disable = await next.PostFormAsync("/studio/account/2fa/disable", new Dictionary<string, string> { ["password"] = "wrong" });
        disable.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await next.PostFormAsync("/studio/account/2fa/disable", new Dictionary<string, string> { ["password"] = "password with totp" })).StatusCode.Should().Be(HttpStatusCode.OK);
        using var fourth = new StudioSession(site);
        (await fourth.SignInWithPasswordAsync("totp@alpha.test", "password with totp")).Headers.Location!.OriginalString.Should().Be("/studio");
    }

    [GeneratedRegex("<li><code>([a-z0-9]{5}-[a-z0-9]{5})</code></li>")]
    private static partial Regex RecoveryCode();
}
