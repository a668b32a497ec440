namespace Platform.Blogging.Posts;

/// <summary>What a reader's page needs from the post grain: the ready HTML and the counters including unflushed ones.</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.PostPage")]
public sealed record PostPage(PostContent Content, long Revision, long Views, long Likes);
