namespace Platform.Gateway.Api.Import;

/// <summary>One file of an import: its path in the zip, what happened (imported, updated, skipped, failed), the post and why.</summary>
internal sealed record ImportFileResource(string Path, string Outcome, string? PostId, string? Url, string? Reason);
