using System.Buffers.Binary;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Platform.Blogging.Access;
using Platform.Blogging.Accounts;
using Platform.Blogging.Errors;
using Platform.Blogging.Tests.Support;

namespace Platform.Blogging.Tests.Accounts;

/// <summary>User accounts on a real cluster: hashing, rehashing, lockout, resets and two-factor sign-in.</summary>
public sealed class AccountGrainTests
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task Passwords_are_stored_as_pbkdf2_sha512_hashes_at_210000_iterations_and_emails_are_unique_in_any_case()
    {
        await using var host = await BlogHost.StartAsync();
        var accounts = Accounts(host);
        var user = await accounts.RegisterAsync("  Ada@Example.COM ", "Ada", Password, "ko");

        user.Email.Should().Be("ada@example.com");
        var stored = await host.ReadStoredAsync<UserState>(UserGrain.StateName, UserGrain.GrainType, user.Id);
        JsonSerializer.Serialize(stored).Should().NotContain(Password);
        var hash = Convert.FromBase64String(stored.PasswordHash);
        hash[0].Should().Be(0x01, "IdentityV3 format");
        BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1)).Should().Be(2u, "HMAC-SHA512");
        BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5)).Should().Be(210_000u);

        var again = () => accounts.RegisterAsync("ada@example.com", "Other", "another password!", "en");
        await again.Should().ThrowAsync<InvalidInputException>().WithMessage("*exists already*");
        (await accounts.FindAsync("ADA@example.com")).Should().Be(user.Id);
        (await accounts.SignInAsync("ADA@EXAMPLE.com", Password)).Outcome.Should().Be(SignInOutcome.Succeeded);
        (await accounts.SignInAsync("nobody@example.com", Password)).Outcome.Should().Be(SignInOutcome.Failed);
        var weak = () => accounts.RegisterAsync("weak@example.com", "", "short", "en");
        await weak.Should().ThrowAsync<InvalidInputException>().WithMessage("*at least*");
        (await accounts.FindAsync("weak@example.com")).Should().BeNull("a refused sign-up claims no address");
    }

    [Fact]
    public async Task A_hash_made_at_100000_iterations_is_rehashed_at_sign_in_without_ending_sessions()
    {
        await using var host = await BlogHost.StartAsync();
        var id = AccountIds.NewUserId();
        var old = new UserState
        {
            Email = "old@example.com",
            DisplayName = "Old",
            PasswordHash = Passwords.Create(100_000).HashPassword(null!, Password),
            SecurityStamp = "stamp-before",
            Blogs = [],
        };
        await host.WriteStoredAsync(UserGrain.StateName, UserGrain.GrainType, id, old);
        await host.WriteStoredAsync(EmailIndexGrain.StateName, EmailIndexGrain.GrainType, "old@example.com", new EmailIndexState { UserId = id });

        var result = await Accounts(host).SignInAsync("old@example.com", Password);

        result.Outcome.Should().Be(SignInOutcome.Succeeded);
        result.SecurityStamp.Should().Be("stamp-before");
        var stored = await host.ReadStoredAsync<UserState>(UserGrain.StateName, UserGrain.GrainType, id);
        BinaryPrimitives.ReadUInt32BigEndian(Convert.FromBase64String(stored.PasswordHash).AsSpan(5)).Should().Be(210_000u);
        (await Accounts(host).SignInAsync("old@example.com", Password)).Outcome.Should().Be(SignInOutcome.Succeeded);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_for_fifteen_minutes_even_against_the_right_password()
    {
        await using var host = await BlogHost.StartAsync();
        var accounts = Accounts(host);
        await accounts.RegisterAsync("lock@example.com", "", Password, "en");

        for (var i = 0; i < AccountLimits.MaxFailedAttempts - 1; i++)
        {
            (await accounts.SignInAsync("lock@example.com", "wrong password " + i)).Outcome.Should().Be(SignInOutcome.Failed);
        }

        (await accounts.SignInAsync("lock@example.com", "wrong again")).Outcome.Should().Be(SignInOutcome.LockedOut);
        (await accounts.SignInAsync("lock@example.com", Password)).Outcome.Should().Be(SignInOutcome.LockedOut);
        host.Time.Advance(TimeSpan.FromMinutes(14));
        (await accounts.SignInAsync("lock@example.com", Password)).Outcome.Should().Be(SignInOutcome.LockedOut);
        host.Time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        (await accounts.SignInAsync("lock@example.com", Password)).Outcome.Should().Be(SignInOutcome.Succeeded);
    }

    [Fact]
    public async Task A_reset_link_works_once_within_an_hour_and_changes_the_security_stamp()
    {
        await using var host = await BlogHost.StartAsync();
        var accounts = Accounts(host);
        var user = await accounts.RegisterAsync("reset@example.com", "", Password, "en");

        var (_, token) = (await accounts.CreateResetAsync("reset@example.com"))!.Value;
        token.Should().StartWith("plr_" + user.Id + "_");
        JsonSerializer.Serialize(await host.ReadStoredAsync<UserState>(UserGrain.StateName, UserGrain.GrainType, user.Id)).Should().NotContain(token[^20..]);
        (await accounts.ResetAsync(token + "x", "a brand new password")).Should().BeFalse();
        (await accounts.ResetAsync(token, "a brand new password")).Should().BeTrue();
        (await accounts.ResetAsync(token, "yet another password")).Should().BeFalse("a link works once");
        (await accounts.User(user.Id).Read())!.SecurityStamp.Should().NotBe(user.SecurityStamp);
        (await accounts.SignInAsync("reset@example.com", Password)).Outcome.Should().Be(SignInOutcome.Failed);
        (await accounts.SignInAsync("reset@example.com", "a brand new password")).Outcome.Should().Be(SignInOutcome.Succeeded);

        var (_, late) = (await accounts.CreateResetAsync("reset@example.com"))!.Value;
        host.Time.Advance(AccountLimits.ResetLifetime + TimeSpan.FromSeconds(1));
        (await accounts.ResetAsync(late, "too late password")).Should().BeFalse("the link expired");
        (await accounts.CreateResetAsync("unknown@example.com")).Should().BeNull();
    }

    [Fact]
    public async Task Two_factor_sign_in_takes_a_fresh_totp_code_or_a_recovery_code_once()
    {
        await using var host = await BlogHost.StartAsync();
        var accounts = Accounts(host);
        var user = await accounts.RegisterAsync("totp@example.com", "", Password, "en");
        var grain = accounts.User(user.Id);

        var setup = await grain.BeginTwoFactor();
        setup.Uri.Should().StartWith("otpauth://totp/").And.Contain("secret=" + setup.Secret);
        var totp = new Totp(Base32Encoding.ToBytes(setup.Secret));
        (await grain.ConfirmTwoFactor("000000" == Code(totp, host) ? "111111" : "000000")).Should().BeNull();
        var codes = (await grain.ConfirmTwoFactor(Code(totp, host)))!;
        codes.Should().HaveCount(10).And.OnlyHaveUniqueItems();
        JsonSerializer.Serialize(await host.ReadStoredAsync<UserState>(UserGrain.StateName, UserGrain.GrainType, user.Id)).Should().NotContain(codes[0]);

        var first = await accounts.SignInAsync("totp@example.com", Password);
        first.Outcome.Should().Be(SignInOutcome.NeedsSecondFactor);
        (await grain.CheckSecondFactor(first.SecurityStamp!, Code(totp, host))).Outcome.Should().Be(SignInOutcome.Failed, "the code confirming the setup was used");
        host.Time.Advance(TimeSpan.FromSeconds(30));
        (await grain.CheckSecondFactor("another stamp", Code(totp, host))).Outcome.Should().Be(SignInOutcome.Failed);
        (await grain.CheckSecondFactor(first.SecurityStamp!, Code(totp, host))).Outcome.Should().Be(SignInOutcome.Succeeded);
        (await grain.CheckSecondFactor(first.SecurityStamp!, Code(totp, host))).Outcome.Should().Be(SignInOutcome.Failed, "a code is accepted once");

        (await grain.CheckSecondFactor(first.SecurityStamp!, codes[3].ToUpperInvariant())).Outcome.Should().Be(SignInOutcome.Succeeded);
        (await grain.CheckSecondFactor(first.SecurityStamp!, codes[3])).Outcome.Should().Be(SignInOutcome.Failed);
        (await grain.Read())!.RecoveryCodesLeft.Should().Be(9);

        (await grain.DisableTwoFactor("not the password")).Should().BeFalse();
        (await grain.DisableTwoFactor(Password)).Should().BeTrue();
        (await accounts.SignInAsync("totp@example.com", Password)).Outcome.Should().Be(SignInOutcome.Succeeded);
    }

    private static string Code(Totp totp, BlogHost host) => totp.ComputeTotp(host.Time.GetUtcNow().UtcDateTime);

    private static AccountService Accounts(BlogHost host) => host.Silo(0).GetRequiredService<AccountService>();
}
