using System.Security.Cryptography;

namespace Platform.Blogging.Posts;

/// <summary>Post grain keys: <c>"{blog}/{postId}"</c>, and new post ids.</summary>
public static class PostKey
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    /// <summary>The key of a blog's post.</summary>
    public static string Of(string blog, string postId) => string.Concat(blog, "/", postId);

    /// <summary>Splits a key into blog and post id.</summary>
    public static (string Blog, string PostId) Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash <= 0 ? throw new ArgumentException($"'{key}' is not a post key.", nameof(key)) : (key[..slash], key[(slash + 1)..]);
    }

    /// <summary>A new random id: 12 characters of an unambiguous lower-case alphabet (60 bits).</summary>
    public static string NewId() => RandomNumberGenerator.GetString(Alphabet, 12);

    /// <summary>Whether <paramref name="id"/> looks like a post id (guards URLs and API input).</summary>
    public static bool IsValidId(string? id) => id is { Length: >= 1 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
