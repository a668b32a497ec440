namespace Platform.Blogging.Posts;

/// <summary>A post's stored content state (cold, large).</summary>
[GenerateSerializer]
[Alias("platform.PostState")]
public sealed class PostState
{
    /// <summary>Null when the post does not exist (never created, or deleted).</summary>
    [Id(0)]
    public PostContent? Content { get; set; }

    /// <summary>Increases with every save; the API's ETag.</summary>
    [Id(1)]
    public long Revision { get; set; }

    /// <summary>When the post was first saved.</summary>
    [Id(2)]
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the post was last saved.</summary>
    [Id(3)]
    public DateTimeOffset UpdatedAt { get; set; }
}
