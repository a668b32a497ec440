using Platform.Blogging.Posts;

namespace Platform.Blogging.Tags;

/// <summary>A post as a tag lists it.</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.TagPostRef")]
public sealed record TagPostRef(string PostId, string Title, string Permalink, DateTimeOffset Date, PostStatus Status)
{
    /// <summary>Whether readers may see the post at <paramref name="now"/>.</summary>
    public bool IsPublicAt(DateTimeOffset now) => Status != PostStatus.Draft && Date <= now;
}
