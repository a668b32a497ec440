namespace Platform.Blogging.Import;

/// <summary>The result for one file: its path in the folder or zip, the outcome, the post and the reason.</summary>
public sealed record ImportFileResult(string Path, ImportOutcome Outcome, string? PostId, string? Permalink, string? Reason);
