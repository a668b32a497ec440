using Platform.Blogging.Blogs;

namespace Platform.Gateway.Feeds;

/// <summary>One URL of a sitemap, kept as what it points at so that its text is made only when its page is written.</summary>
internal readonly struct SitemapUrl
{
    private readonly Target _target;
    private readonly object? _value;

    private SitemapUrl(Target target, object? value, DateTimeOffset? lastModified)
    {
        _target = target;
        _value = value;
        LastModified = lastModified;
    }

    private enum Target
    {
        Home,
        Archive,
        Post,
        Tag,
        Category,
    }

    /// <summary>When the page last changed, if known.</summary>
    public DateTimeOffset? LastModified { get; }

    public static SitemapUrl Home(DateTimeOffset? lastModified) => new(Target.Home, null, lastModified);

    public static SitemapUrl Archive(DateTimeOffset? lastModified) => new(Target.Archive, null, lastModified);

    public static SitemapUrl Post(PostEntry post) => new(Target.Post, post, post.LastModified ?? post.Date);

    public static SitemapUrl Tag(string tag, DateTimeOffset? lastModified) => new(Target.Tag, tag, lastModified);

    public static SitemapUrl Category(IReadOnlyList<string> path, DateTimeOffset? lastModified) => new(Target.Category, path, lastModified);

    /// <summary>The absolute URL.</summary>
    public string Location(BlogUrls urls) => _target switch
    {
        Target.Home => urls.Home,
        Target.Archive => urls.Archive,
        Target.Post => urls.Post((PostEntry)_value!),
        Target.Tag => urls.Tag((string)_value!),
        _ => urls.Category((IReadOnlyList<string>)_value!),
    };
}
