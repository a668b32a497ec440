using System.Collections.Frozen;
using Platform.Blogging.Errors;

namespace Platform.Blogging.Blogs;

/// <summary>Rules for blog names: they appear in host names (<c>{blog}.{domain}</c>) and paths (<c>/@{blog}</c>).</summary>
public static class BlogName
{
    /// <summary>Names that address parts of the platform itself and can never be blogs.</summary>
    public static FrozenSet<string> Reserved { get; } = FrozenSet.ToFrozenSet(
    [
        "www", "api", "admin", "administrator", "static", "assets", "health", "openapi", "app", "auth", "oauth",
        "login", "logout", "signup", "account", "accounts", "dashboard", "docs", "help", "support", "status",
        "metrics", "mail", "smtp", "imap", "ftp", "cdn", "media", "images", "files", "feed", "feeds", "blog", "blogs",
        "platform", "root", "system", "internal", "localhost", "default", "null", "undefined", "test", "example", "about",
        "studio",
    ], StringComparer.Ordinal);

    /// <summary>True for 1-63 lower-case ASCII letters, digits and inner hyphens, not reserved.</summary>
    public static bool IsValid(string? name) => Problem(name) is null;

    /// <summary>Throws <see cref="InvalidInputException"/> for field <c>name</c> when the name is not valid.</summary>
    public static void Validate(string? name)
    {
        if (Problem(name) is { } problem)
        {
            throw new InvalidInputException("name", problem);
        }
    }

    private static string? Problem(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "A blog name is required.";
        }

        if (name.Length > 63)
        {
            return "A blog name has at most 63 characters.";
        }

        if (!name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') || name[0] == '-' || name[^1] == '-')
        {
            return $"'{name}' is not a valid blog name: use lower-case letters, digits and inner hyphens.";
        }

        if (name.StartsWith("xn--", StringComparison.Ordinal))
        {
            return $"'{name}' looks like an encoded international domain label, which blog names may not be.";
        }

        return Reserved.Contains(name) ? $"'{name}' is reserved by the platform." : null;
    }
}
