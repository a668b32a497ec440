namespace Platform.Blogging.Posts;

/// <summary>A post's stored content state (cold, large).</summary>
public sealed class PostState
{
    /// <summary>Null when the post does not exist (never created, or deleted).</summary>
    public PostContent? Content { get; set; }

    /// <summary>Increases with every save; the API's ETag.</summary>
    public long Revision { get; set; }

    /// <summary>When the post was first saved.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the post was last saved.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
