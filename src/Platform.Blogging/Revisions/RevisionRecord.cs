namespace Platform.Blogging.Revisions;

/// <summary>What <see cref="IPostRevisionsGrain.Record"/> is asked to keep after a post was stored.</summary>
/// <param name="Source">The stored Markdown file.</param>
/// <param name="Title">The stored title.</param>
/// <param name="PostVersion">The post's version after the write.</param>
/// <param name="By">Who wrote it (owner id), or null.</param>
/// <param name="Reason">Why.</param>
/// <param name="RestoredFrom">The revision restored, for a restore.</param>
[GenerateSerializer]
[Immutable]
[Alias("platform.RevisionRecord")]
public sealed record RevisionRecord(string Source, string Title, long PostVersion, string? By, RevisionReason Reason, long? RestoredFrom = null);
