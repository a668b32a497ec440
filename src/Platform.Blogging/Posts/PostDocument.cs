namespace Platform.Blogging.Posts;

/// <summary>A post for its authors: content, revision, counters and status.</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.PostDocument")]
public sealed record PostDocument(
    string Blog,
    string Id,
    PostContent Content,
    long Revision,
    PostStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Views,
    long Likes);
