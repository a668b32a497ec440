using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using OtpNet;
using Orleans.Runtime;
using Platform.Blogging.Access;
using Platform.Blogging.Errors;
using Platform.Blogging.Hosting;

namespace Platform.Blogging.Accounts;

/// <summary>The user account grain: one small state per user.</summary>
[GrainType(GrainType)]
internal sealed class UserGrain(
    [PersistentState(UserGrain.StateName, BloggingStorage.Name)] IPersistentState<UserState> state,
    TimeProvider time) : Grain, IUserGrain
{
    public const string GrainType = "user";
    public const string StateName = "user";

    private UserState S => state.State;

    private bool Exists => S.Email.Length > 0;

    public async Task<UserInfo> Create(NewUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (Exists)
        {
            throw new InvalidInputException("email", "This account exists already.", InputReasons.AccountExists);
        }

        Passwords.Validate(user.Password);
        S.Email = user.Email;
        S.DisplayName = DisplayName(user.DisplayName, user.Email);
        S.PasswordHash = Passwords.Hash(user.Password);
        S.SecurityStamp = NewStamp();
        S.CreatedAt = time.GetUtcNow();
        S.Language = user.Language == "ko" ? "ko" : "en";
        await state.WriteStateAsync();
        return Info();
    }

    public Task<UserInfo?> Read() => Task.FromResult(Exists ? Info() : null);

    public async Task<SignInResult> CheckPassword(string password)
    {
        if (!Exists)
        {
            Passwords.VerifyDecoy(password);
            return SignInResult.Failed;
        }

        if (Locked(out var until))
        {
            return new SignInResult(SignInOutcome.LockedOut, LockedUntil: until);
        }

        var verdict = Passwords.Verify(S.PasswordHash, password ?? "");
        if (verdict == PasswordVerificationResult.Failed)
        {
            return await FailAsync();
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            // An older hash (fewer iterations): upgrade it now that the password is known. The stamp stays, so the
            // upgrade ends no session.
            S.PasswordHash = Passwords.Hash(password!);
        }

        if (S.TotpSecret is not null)
        {
            if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
            {
                await state.WriteStateAsync();
            }

            return new SignInResult(SignInOutcome.NeedsSecondFactor, this.GetPrimaryKeyString(), S.SecurityStamp);
        }

        return await SucceedAsync(write: verdict == PasswordVerificationResult.SuccessRehashNeeded);
    }

    public async Task<SignInResult> CheckSecondFactor(string stamp, string code)
    {
        if (!Exists || S.TotpSecret is null || !string.Equals(stamp, S.SecurityStamp, StringComparison.Ordinal))
        {
            return SignInResult.Failed;
        }

        if (Locked(out var until))
        {
            return new SignInResult(SignInOutcome.LockedOut, LockedUntil: until);
        }

        var value = (code ?? "").Trim().Replace(" ", "", StringComparison.Ordinal);
        if (VerifyTotp(S.TotpSecret, value, out var step) && step > S.LastTotpStep)
        {
            S.LastTotpStep = step;
            return await SucceedAsync(write: true);
        }

        var digest = AccessTokens.Hash(value.ToLowerInvariant());
        var index = S.RecoveryCodeHashes.FindIndex(h => AccessTokens.HashesEqual(h, digest));
        if (index >= 0)
        {
            S.RecoveryCodeHashes.RemoveAt(index);
            return await SucceedAsync(write: true);
        }

        return await FailAsync();
    }

    public async Task<bool> ChangePassword(string current, string replacement)
    {
        if (!Exists)
        {
            return false;
        }

        Passwords.Validate(replacement, "newPassword");
        if (Passwords.Verify(S.PasswordHash, current ?? "") == PasswordVerificationResult.Failed)
        {
            return false;
        }

        S.PasswordHash = Passwords.Hash(replacement);
        S.SecurityStamp = NewStamp();
        await state.WriteStateAsync();
        return true;
    }

    public async Task<string> CreateResetToken()
    {
        if (!Exists)
        {
            throw new InvalidInputException("email", "There is no such account.");
        }

        var token = LinkTokens.Generate(LinkTokens.ResetPrefix, this.GetPrimaryKeyString());
        S.ResetHash = AccessTokens.Hash(token);
        S.ResetExpiresAt = time.GetUtcNow() + AccountLimits.ResetLifetime;
        await state.WriteStateAsync();
        return token;
    }

    public async Task<bool> ResetPassword(string tokenHash, string replacement)
    {
        if (!Exists || S.ResetHash is null || tokenHash is null || !AccessTokens.HashesEqual(S.ResetHash, tokenHash) || S.ResetExpiresAt <= time.GetUtcNow())
        {
            return false;
        }

        Passwords.Validate(replacement);
        S.PasswordHash = Passwords.Hash(replacement);
        S.ResetHash = null;
        S.ResetExpiresAt = null;
        S.SecurityStamp = NewStamp();
        S.FailedAttempts = 0;
        S.LockedUntil = null;
        await state.WriteStateAsync();
        return true;
    }

    public async Task<TotpSetup> BeginTwoFactor()
    {
        if (!Exists)
        {
            throw new InvalidInputException("user", "There is no such account.");
        }

        var secret = Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20)).TrimEnd('=');
        S.PendingTotpSecret = secret;
        await state.WriteStateAsync();
        var label = Uri.EscapeDataString("Platform:" + S.Email);
        return new TotpSetup(secret, $"otpauth://totp/{label}?secret={secret}&issuer=Platform&algorithm=SHA1&digits=6&period=30");
    }

    public async Task<IReadOnlyList<string>?> ConfirmTwoFactor(string code)
    {
        if (!Exists || S.PendingTotpSecret is null || !VerifyTotp(S.PendingTotpSecret, (code ?? "").Trim(), out var step))
        {
            return null;
        }

        var codes = Enumerable.Range(0, AccountLimits.RecoveryCodes).Select(_ => RecoveryCode()).ToArray();
        S.TotpSecret = S.PendingTotpSecret;
        S.PendingTotpSecret = null;
        S.LastTotpStep = step;
        S.RecoveryCodeHashes = codes.Select(AccessTokens.Hash).ToList();
        S.SecurityStamp = NewStamp();
        await state.WriteStateAsync();
        return codes;
    }

    public async Task<bool> DisableTwoFactor(string password)
    {
        if (!Exists || Passwords.Verify(S.PasswordHash, password ?? "") == PasswordVerificationResult.Failed)
        {
            return false;
        }

        S.TotpSecret = null;
        S.PendingTotpSecret = null;
        S.RecoveryCodeHashes = [];
        S.SecurityStamp = NewStamp();
        await state.WriteStateAsync();
        return true;
    }

    public async Task AddBlog(string blog)
    {
        if (Exists && !S.Blogs.Contains(blog, StringComparer.Ordinal))
        {
            S.Blogs.Add(blog);
            await state.WriteStateAsync();
        }
    }

    public async Task RemoveBlog(string blog)
    {
        if (S.Blogs.Remove(blog))
        {
            await state.WriteStateAsync();
        }
    }

    private bool Locked(out DateTimeOffset? until)
    {
        until = S.LockedUntil;
        return S.LockedUntil is { } end && end > time.GetUtcNow();
    }

    private async Task<SignInResult> FailAsync()
    {
        S.FailedAttempts++;
        if (S.FailedAttempts >= AccountLimits.MaxFailedAttempts)
        {
            S.LockedUntil = time.GetUtcNow() + AccountLimits.Lockout;
            S.FailedAttempts = 0;
        }

        await state.WriteStateAsync();
        return S.LockedUntil > time.GetUtcNow() ? new SignInResult(SignInOutcome.LockedOut, LockedUntil: S.LockedUntil) : SignInResult.Failed;
    }

    private async Task<SignInResult> SucceedAsync(bool write)
    {
        if (S.FailedAttempts != 0 || S.LockedUntil is not null)
        {
            S.FailedAttempts = 0;
            S.LockedUntil = null;
            write = true;
        }

        if (write)
        {
            await state.WriteStateAsync();
        }

        return new SignInResult(SignInOutcome.Succeeded, this.GetPrimaryKeyString(), S.SecurityStamp);
    }

    private bool VerifyTotp(string secret, string code, out long step)
    {
        step = 0;
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        // One step either side: a phone's clock a little off still works.
        var totp = new Totp(Base32Encoding.ToBytes(secret));
        return totp.VerifyTotp(time.GetUtcNow().UtcDateTime, code, out step, new VerificationWindow(previous: 1, future: 1));
    }

    private UserInfo Info() => new(
        this.GetPrimaryKeyString(), S.Email, S.DisplayName, S.SecurityStamp, S.TotpSecret is not null, S.Blogs.ToArray(), S.Language, S.RecoveryCodeHashes.Count);

    private static string DisplayName(string? name, string email)
    {
        var value = (name ?? "").Trim();
        if (value.Length > AccountLimits.MaxDisplayName)
        {
            throw new InvalidInputException("displayName", $"A name has at most {AccountLimits.MaxDisplayName} characters.", InputReasons.DisplayName);
        }

        return value.Length == 0 ? email[..email.IndexOf('@', StringComparison.Ordinal)] : value;
    }

    private static string NewStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static string RecoveryCode()
    {
        const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        Span<char> chars = stackalloc char[11];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = i == 5 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }
}
