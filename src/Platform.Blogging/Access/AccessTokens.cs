using System.Security.Cryptography;
using System.Text;
using Platform.Blogging.Blogs;

namespace Platform.Blogging.Access;

/// <summary>
/// The token format: <c>plt_{blog}_{secret}</c>, the secret being 32 random bytes in base64url. The prefix names
/// the blog (blog names never contain <c>_</c>), so a token can be checked against its own blog wherever it is
/// presented. Only the SHA-256 digest of the whole string is stored: the secret has 256 bits of entropy, so a fast
/// hash is right (a password hasher's work factor protects guessable secrets, which these are not).
/// </summary>
public static class AccessTokens
{
    /// <summary>Every token starts with this.</summary>
    public const string Prefix = "plt_";

    private const int SecretBytes = 32;

    /// <summary>A new token for <paramref name="blog"/>.</summary>
    public static string Generate(string blog)
    {
        BlogName.Validate(blog);
        var secret = Base64Url(RandomNumberGenerator.GetBytes(SecretBytes));
        return string.Concat(Prefix, blog, "_", secret);
    }

    /// <summary>A new token id: 16 random bytes in base64url (not secret).</summary>
    public static string NewId() => "tok_" + Base64Url(RandomNumberGenerator.GetBytes(12));

    /// <summary>The blog a well-formed token names; false for anything that is not a token.</summary>
    public static bool TryReadBlog(string? token, out string blog)
    {
        blog = "";
        if (token is null || token.Length > 200 || !token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = token.AsSpan(Prefix.Length);
        var separator = rest.IndexOf('_');
        if (separator <= 0 || separator == rest.Length - 1)
        {
            return false;
        }

        var name = rest[..separator].ToString();
        if (!BlogName.IsValid(name))
        {
            return false;
        }

        blog = name;
        return true;
    }

    /// <summary>The stored digest of a token: SHA-256 of its UTF-8 bytes, lower-case hex.</summary>
    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    /// <summary>Compares two digests in constant time.</summary>
    public static bool HashesEqual(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
