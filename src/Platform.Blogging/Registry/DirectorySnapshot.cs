namespace Platform.Blogging.Registry;

/// <summary>An immutable copy of the directory.</summary>
/// <param name="Blogs">Blog names.</param>
/// <param name="Domains">Custom domain (lower case, no trailing dot) to blog name.</param>
/// <param name="NextPublications">Blogs with scheduled posts, and when the earliest is due.</param>
[GenerateSerializer]
[Immutable]
[Alias("platform.DirectorySnapshot")]
public sealed record DirectorySnapshot(
    IReadOnlyCollection<string> Blogs,
    IReadOnlyDictionary<string, string> Domains,
    IReadOnlyDictionary<string, DateTimeOffset> NextPublications);
