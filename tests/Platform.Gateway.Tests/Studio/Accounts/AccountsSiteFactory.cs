using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Platform.Blogging.Access;
using Platform.Blogging.Accounts;
using Platform.Gateway.Tests.Pages;

namespace Platform.Gateway.Tests.Studio.Accounts;

/// <summary>
/// The blog site with studio accounts: an owner of <c>alpha</c> and an owner of <c>beta</c>, mail written to a pickup
/// folder of its own, an administrator token, and auth rate limits high enough for functional tests.
/// </summary>
public class AccountsSiteFactory : BlogSiteFactory
{
    public const string AdminToken = "accounts-admin-token-0123456789";
    public const string Password = "alpha owner's password";

    private readonly string _mail = Directory.CreateTempSubdirectory("platform-mail-").FullName;

    public AccountsSiteFactory()
    {
        With("Mail:PickupPath", _mail);
        With("Platform:AdminToken", AdminToken);
        With("Api:RateLimit:PermitsPerMinute", "100000");
        With("Studio:AuthAttemptsPerMinute", "100000");
    }

    public UserInfo AlphaOwner { get; private set; } = default!;

    public UserInfo BetaOwner { get; private set; } = default!;

    public AccountService Accounts => Services.GetRequiredService<AccountService>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        AlphaOwner = await Accounts.RegisterAsync("ada@alpha.test", "Ada", Password, "en");
        await Accounts.JoinAsync("alpha", AlphaOwner, TokenRole.Owner);
        BetaOwner = await Accounts.RegisterAsync("bo@beta.test", "Bo", Password, "ko");
        await Accounts.JoinAsync("beta", BetaOwner, TokenRole.Owner);
    }

    /// <summary>The newest message to <paramref name="to"/> in the pickup folder.</summary>
    public MimeMessage LastMailTo(string to)
    {
        var messages = Directory.GetFiles(_mail, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f)).Where(m => m.To.Mailboxes.Any(b => b.Address == to)).ToList();
        messages.Should().NotBeEmpty($"a message to {to} is in the pickup folder");
        return messages[^1];
    }

    /// <summary>The studio path (with query) of the first studio link in <paramref name="message"/>.</summary>
    public static string LinkIn(MimeMessage message)
    {
        var match = Regex.Match(message.TextBody ?? "", @"https?://[^/\s]+(/studio/\S+)");
        match.Success.Should().BeTrue(message.TextBody);
        return match.Groups[1].Value;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_mail))
        {
            Directory.Delete(_mail, recursive: true);
        }
    }
}
