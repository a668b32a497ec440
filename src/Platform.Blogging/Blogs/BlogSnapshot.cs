using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Platform.Blogging.Blogs;

/// <summary>
/// An immutable view of a blog for readers, built once per change: page requests read it without waiting on the
/// blog's write turns and without copying. <see cref="ValidUntil"/> is the next scheduled publication: the blog
/// rebuilds the snapshot then.
/// </summary>
public sealed class BlogSnapshot
{
    internal BlogSnapshot(
        BlogSettings settings,
        long version,
        DateTimeOffset builtAt,
        DateTimeOffset? validUntil,
        IReadOnlyList<PostEntry> published,
        IReadOnlyList<PostEntry> all,
        Dictionary<string, PostEntry> byPermalink,
        Dictionary<string, PostEntry> redirects,
        Dictionary<string, IReadOnlyList<PostEntry>> byTag,
        IReadOnlyList<TagCount> tags,
        CategoryNode categories,
        Dictionary<string, IReadOnlyList<PostEntry>> inCategory)
    {
        Settings = settings;
        Version = version;
        BuiltAt = builtAt;
        ValidUntil = validUntil;
        Published = published;
        All = all;
        ByPermalink = byPermalink;
        Redirects = redirects;
        ByTag = byTag;
        Tags = tags;
        Categories = categories;
        ById = all.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _inCategory = inCategory;
        _lastUpdated = new Lazy<DateTimeOffset?>(() => published.Count == 0 ? null : published.Max(p => p.LastModified ?? p.Date));
        _publishedPosition = new Lazy<Dictionary<string, int>>(() =>
            published.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal));
        _byPermalinkSpan = byPermalink.GetAlternateLookup<ReadOnlySpan<char>>();
        _redirectsSpan = redirects.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly Dictionary<string, PostEntry>.AlternateLookup<ReadOnlySpan<char>> _byPermalinkSpan;
    private readonly Dictionary<string, PostEntry>.AlternateLookup<ReadOnlySpan<char>> _redirectsSpan;
    private readonly Dictionary<string, IReadOnlyList<PostEntry>> _inCategory;
    private readonly Lazy<DateTimeOffset?> _lastUpdated;
    private readonly Lazy<Dictionary<string, int>> _publishedPosition;

    /// <summary>The settings.</summary>
    public BlogSettings Settings { get; }

    /// <summary>The blog's version (changes with every edit and publication): pages use it in ETags.</summary>
    public long Version { get; }

    /// <summary>
    /// What readers' pages depend on: the blog's version and how many posts are public. A scheduled post that falls
    /// due changes it with no new version (the snapshot is rebuilt locally), so cached pages, feeds and their
    /// ETags move at once; for a given version the public set only grows, so the count tells two apart.
    /// </summary>
    public long PageVersion => checked((Version * 1_048_576) + Published.Count);

    /// <summary>When the snapshot was built.</summary>
    public DateTimeOffset BuiltAt { get; }

    /// <summary>The next scheduled publication, when the snapshot stops being current.</summary>
    public DateTimeOffset? ValidUntil { get; }

    /// <summary>Public posts, newest first.</summary>
    public IReadOnlyList<PostEntry> Published { get; }

    /// <summary>Every post (drafts and scheduled ones too), newest first: for authors, never for readers.</summary>
    public IReadOnlyList<PostEntry> All { get; }

    /// <summary>Every post by id (never changed after the snapshot is built).</summary>
    public IReadOnlyDictionary<string, PostEntry> ById { get; }

    /// <summary>Public posts by normalised permalink (see <see cref="PermalinkKey"/>).</summary>
    public IReadOnlyDictionary<string, PostEntry> ByPermalink { get; }

    /// <summary>Former permalinks of public posts, by normalised permalink.</summary>
    public IReadOnlyDictionary<string, PostEntry> Redirects { get; }

    /// <summary>Public posts per tag, newest first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<PostEntry>> ByTag { get; }

    /// <summary>Tags with their counts, most used first.</summary>
    public IReadOnlyList<TagCount> Tags { get; }

    /// <summary>The root of the category tree (its own name is empty).</summary>
    public CategoryNode Categories { get; }

    /// <summary>When the newest public post changed or was published: for feeds' <c>updated</c>.</summary>
    public DateTimeOffset? LastUpdated => _lastUpdated.Value;

    /// <summary>The public post at a decoded request path (any trailing slash, NFC or not), without allocating for ASCII paths.</summary>
    public bool TryFindPublished(string path, [NotNullWhen(true)] out PostEntry? entry) => TryFind(_byPermalinkSpan, path, out entry);

    /// <summary>The public post that used to live at a decoded request path.</summary>
    public bool TryFindRedirect(string path, [NotNullWhen(true)] out PostEntry? entry) => TryFind(_redirectsSpan, path, out entry);

    private static bool TryFind(Dictionary<string, PostEntry>.AlternateLookup<ReadOnlySpan<char>> lookup, string path, [NotNullWhen(true)] out PostEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!Ascii.IsValid(path) && !path.IsNormalized(NormalizationForm.FormC))
        {
            path = path.Normalize(NormalizationForm.FormC);
        }

        var key = path.AsSpan().TrimEnd('/');
        return lookup.TryGetValue(key.IsEmpty ? "/" : key, out entry);
    }

    /// <summary>The lookup key of a URL path: NFC, without trailing slashes, case kept.</summary>
    public static string PermalinkKey(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var key = path.Normalize(System.Text.NormalizationForm.FormC).TrimEnd('/');
        return key.Length == 0 ? "/" : key;
    }

    /// <summary>The public posts under a category path (the path's node and everything below it), newest first.</summary>
    public IReadOnlyList<PostEntry> InCategory(IReadOnlyList<string> path) =>
        _inCategory.TryGetValue(CategoryKey(path), out var posts) ? posts : [];

    /// <summary>The node of a category path in the tree, or null when no public post is in it.</summary>
    public CategoryNode? FindCategory(IReadOnlyList<string> path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var node = Categories;
        foreach (var name in path)
        {
            node = node.Children.FirstOrDefault(c => c.Name == name);
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>The post before and after <paramref name="post"/> in publication order (older, newer).</summary>
    public (PostEntry? Older, PostEntry? Newer) Neighbours(PostEntry post)
    {
        ArgumentNullException.ThrowIfNull(post);
        if (!_publishedPosition.Value.TryGetValue(post.Id, out var i))
        {
            return (null, null);
        }

        return (i + 1 < Published.Count ? Published[i + 1] : null, i > 0 ? Published[i - 1] : null);
    }

    /// <summary>The lookup key of a category path (names joined by a character no name contains).</summary>
    internal static string CategoryKey(IReadOnlyList<string> path) => string.Join('\u0001', path);
}
