namespace Platform.Blogging.Tags;

/// <summary>A tag's public posts, newest first, and the views its posts have had since they carried it.</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.TagView")]
public sealed record TagView(string Tag, IReadOnlyList<TagPostRef> Posts, long Views);
