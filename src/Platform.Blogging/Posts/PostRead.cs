namespace Platform.Blogging.Posts;

/// <summary>The answer to a reader's probe of a post (<see cref="IPostGrain.Read"/>).</summary>
/// <param name="Revision">The post's revision; 0 when there is no such post.</param>
/// <param name="Views">Views stored so far.</param>
/// <param name="Likes">Likes stored so far.</param>
/// <param name="Content">The content, or null when the caller already holds this revision (or there is no post).</param>
[GenerateSerializer]
[Immutable]
[Alias("platform.PostRead")]
public sealed record PostRead(long Revision, long Views, long Likes, PostContent? Content)
{
    /// <summary>Whether the post exists.</summary>
    public bool Exists => Revision > 0;
}
