using System.Globalization;
using System.Xml.Linq;
using Platform.Blogging.Blogs;
using Platform.Blogging.Posts;
using Platform.Gateway.Feeds;

namespace Platform.Gateway.Tests.Feeds;

/// <summary>Blogs built through the real domain types (BlogState → BlogSnapshotBuilder), and helpers to read the output.</summary>
internal static class FeedFixtures
{
    public const string Tricky = "Fish & <Chips> \"quoted\" 'single' 😀 한글\u0001 end";
    public const string TrickyClean = "Fish & <Chips> \"quoted\" 'single' 😀 한글 end";
    public const string Authority = "platform.example";

    public static readonly DateTimeOffset Now = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static BlogSettings Settings { get; } = new()
    {
        Name = "demo",
        Title = "Demo & <Blog> 블로그",
        Description = "Notes \"on\" things",
        Author = "Kim Min-su",
        Locale = "ko",
        TimeZone = "UTC",
        CreatedAt = new DateTimeOffset(2024, 3, 5, 23, 0, 0, TimeSpan.FromHours(-5)),
    };

    /// <summary>A Hangul permalink with a space, tags, a category whose name holds a slash, an offset of +09:00.</summary>
    public static PostEntry Hangul { get; } = new()
    {
        Id = "p1",
        Slug = "annyeong",
        Permalink = "/2025/01/안녕 하세요/",
        Title = "안녕 하세요",
        Date = new DateTimeOffset(2025, 1, 2, 9, 30, 0, TimeSpan.FromHours(9)),
        LastModified = new DateTimeOffset(2025, 1, 3, 10, 15, 0, TimeSpan.FromHours(9)),
        Status = PostStatus.Published,
        Tags = ["c#", "한글"],
        Categories = ["dev", "a/b"],
        Excerpt = "첫 글",
    };

    /// <summary>A title and excerpt full of characters to escape, an offset of -05:00, no modification date.</summary>
    public static PostEntry Escapes { get; } = new()
    {
        Id = "p2",
        Slug = "fish",
        Permalink = "/fish/",
        Title = Tricky,
        Date = new DateTimeOffset(2025, 2, 1, 8, 0, 0, TimeSpan.FromHours(-5)),
        Status = PostStatus.Published,
        Tags = ["food"],
        Excerpt = Tricky,
    };

    public static PostEntry Draft { get; } = new()
    {
        Id = "p3",
        Slug = "draft",
        Permalink = "/draft/",
        Title = "Draft",
        Date = new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero),
        Status = PostStatus.Draft,
        Tags = ["secret"],
    };

    public static PostEntry Scheduled { get; } = new()
    {
        Id = "p4",
        Slug = "later",
        Permalink = "/later/",
        Title = "Later",
        Date = Now.AddDays(3),
        Status = PostStatus.Scheduled,
        Tags = ["future"],
    };

    public static BlogUrls Urls { get; } = new("http://localhost:5000/@demo");

    public static BlogSnapshot Snapshot(params PostEntry[] posts)
    {
        var index = new BlogIndex(Settings, 7, posts, new Dictionary<string, string>());
        return BlogSnapshotBuilder.Build(index, Now);
    }

    public static BlogSnapshot Standard() => Snapshot(Hangul, Escapes, Draft, Scheduled);

    public static FeedDocument Document(BlogSnapshot snapshot, Func<PostEntry, string?>? html = null) => new()
    {
        Blog = snapshot.Settings,
        Urls = Urls,
        IdAuthority = Authority,
        Items = [.. snapshot.Published.Select(p => new FeedItem(p, html?.Invoke(p)))],
    };

    public static PostEntry Numbered(int i) => new()
    {
        Id = "n" + i.ToString(CultureInfo.InvariantCulture),
        Slug = "n" + i.ToString(CultureInfo.InvariantCulture),
        Permalink = "/n" + i.ToString(CultureInfo.InvariantCulture) + "/",
        Title = "Post " + i.ToString(CultureInfo.InvariantCulture),
        Date = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i),
        Status = PostStatus.Published,
    };

    public static XDocument ParseXml(byte[] bytes)
    {
        bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]).Should().BeFalse("the output has no byte order mark");
        using var stream = new MemoryStream(bytes);
        return XDocument.Load(stream, LoadOptions.None);
    }

    /// <summary>Parses RFC 3339 strictly: the offset must be written out and is kept.</summary>
    public static DateTimeOffset ParseRfc3339(string value)
    {
        value.Should().MatchRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d|Z)$");
        return DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.None);
    }
}
