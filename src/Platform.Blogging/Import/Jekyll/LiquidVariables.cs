namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// The variables a post's Liquid sees while it renders: scopes of its own (<c>assign</c> and <c>capture</c> write
/// to the outermost, as in Liquid; a loop's variable, <c>forloop</c> and an include's <c>include</c> live in a scope
/// pushed for them), then <c>site.*</c> and <c>page.*</c> from <see cref="LiquidContext"/>. Values Jekyll builds
/// from the whole site (<c>site.posts</c>, <c>page.content</c>, ...) are refused with a <see cref="LiquidException"/>.
/// </summary>
internal sealed class LiquidVariables(LiquidContext context)
{
    private static readonly HashSet<string> DynamicSite = new(StringComparer.Ordinal)
    {
        "posts", "pages", "tags", "categories", "data", "time", "static_files", "collections", "documents", "html_pages",
        "html_files", "related_posts", "github", "drafts",
    };

    private static readonly HashSet<string> DynamicPage = new(StringComparer.Ordinal)
    {
        "content", "excerpt", "next", "previous", "path", "id", "collection", "output", "relative_path", "name",
    };

    private readonly List<Dictionary<string, object?>> _scopes = [new(StringComparer.Ordinal)];

    /// <summary>Variables met that are neither set nor known (<c>post</c> outside a loop over <c>site.posts</c>).</summary>
    public List<string> Unknown { get; } = [];

    /// <summary>Opens a scope (a loop's or an include's).</summary>
    public void Push() => _scopes.Add(new(StringComparer.Ordinal));

    /// <summary>Closes the innermost scope.</summary>
    public void Pop() => _scopes.RemoveAt(_scopes.Count - 1);

    /// <summary>Sets a variable in the innermost scope.</summary>
    public void SetLocal(string name, object? value) => _scopes[^1][name] = value;

    /// <summary>Sets a variable as <c>assign</c> does: in the outermost scope, visible after loops and includes.</summary>
    public void Assign(string name, object? value) => _scopes[0][name] = value;

    /// <summary>The value of <paramref name="root"/> followed by <paramref name="keys"/> (strings and integers).</summary>
    /// <param name="root">The variable's name.</param>
    /// <param name="keys">Its properties and indexes, in order.</param>
    /// <param name="path">The whole path as written, for messages.</param>
    public object? Resolve(string root, IReadOnlyList<object?> keys, string path)
    {
        object? value;
        var skip = 0;
        var found = false;
        value = null;
        for (var i = _scopes.Count - 1; i >= 0 && !found; i--)
        {
            found = _scopes[i].TryGetValue(root, out value);
        }

        if (!found)
        {
            switch (root)
            {
                case "site":
                    (value, skip) = keys.Count == 0 ? (context.Site, 0) : (SiteKey(keys[0], path), 1);
                    break;
                case "page":
                    (value, skip) = keys.Count == 0 ? (context.Page, 0) : (PageKey(keys[0], path), 1);
                    break;
                default:
                    Unknown.Add(path);
                    return new LiquidMissing(path, KnownRoot: false);
            }
        }

        for (var i = skip; i < keys.Count; i++)
        {
            value = Property(value, keys[i], path);
        }

        return value;
    }

    private object? SiteKey(object? key, string path)
    {
        var name = key as string ?? LiquidValues.Render(key);
        switch (name)
        {
            case "url":
                return context.Url;
            case "baseurl":
                return context.BaseUrl;
        }

        if (context.Site.TryGetValue(name, out var value))
        {
            return value;
        }

        return DynamicSite.Contains(name)
            ? throw new LiquidException($"'site.{name}' is built by Jekyll from the whole site and not known at import")
            : new LiquidMissing(path, KnownRoot: true);
    }

    private object? PageKey(object? key, string path)
    {
        var name = key as string ?? LiquidValues.Render(key);
        if (context.Page.TryGetValue(name, out var value))
        {
            return value;
        }

        return DynamicPage.Contains(name)
            ? throw new LiquidException($"'page.{name}' is built by Jekyll and not known at import")
            : new LiquidMissing(path, KnownRoot: true);
    }

    /// <summary>A property or index of a value, as Liquid looks it up: a mapping's key, a list's index (negative from the end), then <c>size</c>, <c>first</c> and <c>last</c>.</summary>
    public static object? Property(object? value, object? key, string path)
    {
        switch (value)
        {
            case LiquidMissing:
                return value;
            case IReadOnlyDictionary<string, object?> map:
                if (key is string name && map.TryGetValue(name, out var inner))
                {
                    return inner;
                }

                return key is "size" ? (long)map.Count : new LiquidMissing(path, KnownRoot: true);
            case IReadOnlyList<object?> list:
                if (key is long index)
                {
                    var at = index < 0 ? list.Count + index : index;
                    return at >= 0 && at < list.Count ? list[(int)at] : null;
                }

                return key switch
                {
                    "size" => (long)list.Count,
                    "first" => list.Count > 0 ? list[0] : null,
                    "last" => list.Count > 0 ? list[^1] : null,
                    _ => new LiquidMissing(path, KnownRoot: true),
                };
            case LiquidRange range:
                return key switch
                {
                    "size" => range.Count,
                    "first" => range.From,
                    "last" => range.To,
                    _ => new LiquidMissing(path, KnownRoot: true),
                };
            case string text when key is "size":
                return (long)text.Length;
            default:
                return value is null ? null : new LiquidMissing(path, KnownRoot: true);
        }
    }
}
