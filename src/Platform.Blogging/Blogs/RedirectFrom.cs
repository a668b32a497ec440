using Platform.Blogging.Content;

namespace Platform.Blogging.Blogs;

/// <summary>
/// A post's <c>redirect_from</c> front matter (the <c>jekyll-redirect-from</c> plugin's key): old paths that answer
/// with a permanent redirect to the post. A string or a list of strings; each a path (<c>/old/path/</c>, the leading
/// slash optional) or an absolute http(s) URL, whose path is used. Paths with a <c>..</c> segment, the platform's own
/// paths (<c>/tags/</c>, <c>/feed.xml</c>, ...), empty ones and ones over <see cref="MaxLength"/> characters are
/// left out; at most <see cref="MaxCount"/> are kept. A path that is another post's permalink keeps serving that post.
/// </summary>
public static class RedirectFrom
{
    /// <summary>The front matter key.</summary>
    public const string Key = "redirect_from";

    /// <summary>At most this many paths per post.</summary>
    public const int MaxCount = 50;

    /// <summary>At most this many characters per path.</summary>
    public const int MaxLength = 500;

    /// <summary>The usable paths of <paramref name="front"/>'s <c>redirect_from</c>, decoded; empty when it has none.</summary>
    public static IReadOnlyList<string> Read(FrontMatter front)
    {
        ArgumentNullException.ThrowIfNull(front);
        if (!front.Extra.TryGetValue(Key, out var value))
        {
            return [];
        }

        IEnumerable<object?> items = value switch
        {
            string one => [one],
            IReadOnlyList<object?> many => many,
            _ => [],
        };
        return [.. items.OfType<string>().Select(Normalise).OfType<string>().Distinct(StringComparer.Ordinal).Take(MaxCount)];
    }

    /// <summary>The decoded path of one <c>redirect_from</c> item, or null when it is not usable.</summary>
    public static string? Normalise(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var text = item.Trim();
        if (text.Length is 0 or > MaxLength)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            text = uri.AbsolutePath;
        }
        else if (text.Contains("://", StringComparison.Ordinal) || text.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var cut = text.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            text = text[..cut];
        }

        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return null;
        }

        var path = "/" + decoded.TrimStart('/');
        if (path.Split('/').Any(segment => segment is ".." or ".") || path.Any(char.IsControl) || path == "/" || ReservedPaths.Collides(path))
        {
            return null;
        }

        return path;
    }
}
