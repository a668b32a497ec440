namespace Platform.Blogging.Blogs;

/// <summary>
/// What the blog grain hands to readers: its settings, its version and its post index, immutable. Each silo builds
/// its own <see cref="BlogSnapshot"/> (lookups, tag lists, category tree, archive) from it, so the grain never ships
/// frozen lookup tables across the wire and a snapshot is built once per silo per version.
/// </summary>
/// <param name="Settings">The blog's settings.</param>
/// <param name="Version">The blog's version: it changes with every edit and publication.</param>
/// <param name="Posts">Every index entry (drafts and scheduled posts too).</param>
/// <param name="Redirects">Former permalinks (normalised) and the post id that had them.</param>
[GenerateSerializer]
[Immutable]
[Alias("platform.BlogIndex")]
public sealed record BlogIndex(BlogSettings Settings, long Version, IReadOnlyList<PostEntry> Posts, IReadOnlyDictionary<string, string> Redirects);
