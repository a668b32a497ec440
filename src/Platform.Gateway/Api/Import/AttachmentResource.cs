namespace Platform.Gateway.Api.Import;

/// <summary>One attachment of a WordPress import: its post id, URL, what happened (allowed, downloaded, refused, failed) and why.</summary>
internal sealed record AttachmentResource(string PostId, string Url, string Outcome, string? Reason);
