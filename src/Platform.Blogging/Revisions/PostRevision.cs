namespace Platform.Blogging.Revisions;

/// <summary>A kept revision of a post with its source: the Markdown file, front matter included.</summary>
/// <param name="Info">What the history lists about it.</param>
/// <param name="Source">The post's whole Markdown file as it was.</param>
[GenerateSerializer]
[Immutable]
[Alias("platform.PostRevision")]
public sealed record PostRevision(PostRevisionInfo Info, string Source);
