namespace Platform.Blogging.Posts;

/// <summary>Where a post is in its life.</summary>
[GenerateSerializer]
[Alias("platform.PostStatus")]
public enum PostStatus
{
    /// <summary>Never public.</summary>
    Draft,

    /// <summary>Public from its date on.</summary>
    Scheduled,

    /// <summary>Public.</summary>
    Published,
}
