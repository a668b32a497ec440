namespace Platform.Blogging.Import.Ghost;

/// <summary>What the import reads from a Ghost export: the posts and, per post id, its tags and author names in order.</summary>
internal sealed record GhostExport(
    IReadOnlyList<GhostPost> Posts,
    IReadOnlyDictionary<string, IReadOnlyList<GhostTag>> TagsByPost,
    IReadOnlyDictionary<string, IReadOnlyList<string>> AuthorsByPost,
    IReadOnlyDictionary<string, string> AuthorNames);
