using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Platform.Blogging.Errors;

namespace Platform.Blogging.Accounts;

/// <summary>
/// Password hashing with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>: the IdentityV3 format
/// (PBKDF2-HMAC-SHA512, 128-bit salt, 256-bit subkey) at OWASP's 210,000 iterations instead of Identity's default
/// 100,000. A hash made with fewer iterations verifies as <see cref="PasswordVerificationResult.SuccessRehashNeeded"/>.
/// </summary>
public static class Passwords
{
    /// <summary>PBKDF2 iterations for new hashes.</summary>
    public const int Iterations = 210_000;

    private static readonly PasswordHasher<UserState> s_hasher = Create(Iterations);

    // A hash of nothing anyone knows, verified when an email has no account so that the answer takes as long.
    private static readonly Lazy<string> s_decoy = new(() => s_hasher.HashPassword(null!, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24))));

    /// <summary>A hasher with <paramref name="iterations"/> (tests make old-style hashes with it).</summary>
    public static PasswordHasher<UserState> Create(int iterations) =>
        new(Options.Create(new PasswordHasherOptions { CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3, IterationCount = iterations }));

    /// <summary>A new hash of <paramref name="password"/>.</summary>
    public static string Hash(string password) => s_hasher.HashPassword(null!, password);

    /// <summary>Checks <paramref name="password"/> against <paramref name="hash"/>.</summary>
    public static PasswordVerificationResult Verify(string hash, string password) => s_hasher.VerifyHashedPassword(null!, hash, password);

    /// <summary>Spends the time of one verification without a real hash.</summary>
    public static void VerifyDecoy(string password) => s_hasher.VerifyHashedPassword(null!, s_decoy.Value, password ?? "");

    /// <summary>Refuses a password that is too short or too long.</summary>
    public static void Validate(string? password, string field = "password")
    {
        if (password is null || password.Length < AccountLimits.MinPasswordLength)
        {
            throw new InvalidInputException(field, $"A password needs at least {AccountLimits.MinPasswordLength} characters.", InputReasons.PasswordShort);
        }

        if (password.Length > AccountLimits.MaxPasswordLength)
        {
            throw new InvalidInputException(field, $"A password has at most {AccountLimits.MaxPasswordLength} characters.", InputReasons.PasswordLong);
        }
    }
}
