using System.Buffers;

namespace Platform.Blogging.Media;

/// <summary>
/// The keys of the media store: a blog name and a relative path of lower-case segments (<c>[a-z0-9._-]</c>, never
/// <c>.</c> or <c>..</c>) joined by <c>/</c>. Every store checks both before it touches a file, so no key can leave
/// the blog's own space.
/// </summary>
public static class MediaPaths
{
    private static readonly SearchValues<char> s_allowed = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789._-");

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="blog"/> is a usable blog name.</summary>
    public static void CheckBlog(string blog)
    {
        ArgumentNullException.ThrowIfNull(blog);
        if (blog.Length is 0 or > 63 || blog.AsSpan().ContainsAnyExcept(s_allowed) || blog[0] == '.')
        {
            throw new ArgumentException($"'{blog}' is not a blog name the media store accepts.", nameof(blog));
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="path"/> is a relative path of allowed segments.</summary>
    public static void CheckPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!IsValidPath(path))
        {
            throw new ArgumentException($"'{path}' is not a media path (lower-case letters, digits, '.', '_' and '-' in segments separated by '/').", nameof(path));
        }
    }

    /// <summary>Whether <paramref name="path"/> is a relative path of allowed segments.</summary>
    public static bool IsValidPath(string path)
    {
        if (string.IsNullOrEmpty(path) || path.Length > 200)
        {
            return false;
        }

        foreach (var range in path.AsSpan().Split('/'))
        {
            var segment = path.AsSpan(range);
            if (segment.Length == 0 || segment is "." or ".." || segment.ContainsAnyExcept(s_allowed))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Throws unless <paramref name="prefix"/> is empty or a valid path, optionally ending in <c>/</c>.</summary>
    public static void CheckPrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Length > 0)
        {
            CheckPath(prefix.TrimEnd('/'));
        }
    }
}
