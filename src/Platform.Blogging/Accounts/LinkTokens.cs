using System.Security.Cryptography;

namespace Platform.Blogging.Accounts;

/// <summary>
/// One-time link tokens: <c>{prefix}{key}_{secret}</c>, the key naming the grain that holds the token's digest (a
/// blog for invitations, a user for password resets) and the secret 32 random bytes in base64url. Only the
/// SHA-256 digest is stored (<see cref="Access.AccessTokens.Hash"/>): the secret has 256 bits, so a fast hash is right.
/// </summary>
public static class LinkTokens
{
    /// <summary>Invitation links: <c>pli_{blog}_{secret}</c>.</summary>
    public const string InvitationPrefix = "pli_";

    /// <summary>Password-reset links: <c>plr_{user id}_{secret}</c>.</summary>
    public const string ResetPrefix = "plr_";

    /// <summary>A new token for <paramref name="key"/>.</summary>
    public static string Generate(string prefix, string key) =>
        string.Concat(prefix, key, "_", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_'));

    /// <summary>The key a well-formed token names, or false.</summary>
    public static bool TryReadKey(string prefix, string? token, out string key)
    {
        key = "";
        if (token is null || token.Length > 200 || !token.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = token.AsSpan(prefix.Length);
        var separator = rest.IndexOf('_');
        if (separator <= 0 || separator == rest.Length - 1)
        {
            return false;
        }

        key = rest[..separator].ToString();
        return true;
    }

    /// <summary>A new random id with <paramref name="prefix"/> (not secret).</summary>
    public static string NewId(string prefix) => prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(9));
}
