using Platform.Blogging.Posts;

namespace Platform.Blogging.Blogs;

/// <summary>A post as the blog's index knows it: what lists, feeds, archives and URL lookup need, not its body.</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.PostEntry")]
public sealed record PostEntry
{
    /// <summary>The post's stable id within the blog.</summary>
    [Id(0)]
    public required string Id { get; init; }

    /// <summary>The slug, unique within the blog.</summary>
    [Id(1)]
    public required string Slug { get; init; }

    /// <summary>The URL path under the blog, starting with <c>/</c> (decoded; Hangul stays Hangul).</summary>
    [Id(2)]
    public required string Permalink { get; init; }

    /// <summary>The title.</summary>
    [Id(3)]
    public required string Title { get; init; }

    /// <summary>The publication date, with its offset.</summary>
    [Id(4)]
    public required DateTimeOffset Date { get; init; }

    /// <summary>When the post was last modified (front matter <c>last_modified_at</c> or the last save).</summary>
    [Id(5)]
    public DateTimeOffset? LastModified { get; init; }

    /// <summary>The post's status as last stored; a scheduled post whose date has passed is public.</summary>
    [Id(6)]
    public PostStatus Status { get; init; }

    /// <summary>The category path from the root (Jekyll's <c>categories</c>).</summary>
    [Id(7)]
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>The tags.</summary>
    [Id(8)]
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Plain-text excerpt.</summary>
    [Id(9)]
    public string Excerpt { get; init; } = "";

    /// <summary>Front matter description, for meta tags.</summary>
    [Id(10)]
    public string? Description { get; init; }

    /// <summary>Front matter image, for OpenGraph.</summary>
    [Id(11)]
    public string? Image { get; init; }

    /// <summary>Minutes to read.</summary>
    [Id(12)]
    public int ReadingTimeMinutes { get; init; }

    /// <summary>The post's revision when this entry was written.</summary>
    [Id(13)]
    public long Revision { get; init; }

    /// <summary>Who created the post (<see cref="PostContent.OwnerId"/>), for the studio's author filter; null in entries written before it was indexed.</summary>
    [Id(14)]
    public string? OwnerId { get; init; }

    /// <summary>Whether readers may see the post at <paramref name="now"/>.</summary>
    public bool IsPublicAt(DateTimeOffset now) => Status != PostStatus.Draft && Date <= now;

    /// <summary>The status readers would see at <paramref name="now"/>.</summary>
    public PostStatus StatusAt(DateTimeOffset now) => Status == PostStatus.Draft ? PostStatus.Draft : Date <= now ? PostStatus.Published : PostStatus.Scheduled;
}
