namespace Platform.Blogging.Tags;

/// <summary>Tag grain keys: <c>"{blog}/{tag}"</c>. Blog names contain no <c>/</c>, so the first one splits.</summary>
public static class TagKey
{
    /// <summary>The key of a blog's tag.</summary>
    public static string Of(string blog, string tag) => string.Concat(blog, "/", tag);

    /// <summary>Splits a key into blog and tag.</summary>
    public static (string Blog, string Tag) Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash <= 0 ? throw new ArgumentException($"'{key}' is not a tag key.", nameof(key)) : (key[..slash], key[(slash + 1)..]);
    }
}
