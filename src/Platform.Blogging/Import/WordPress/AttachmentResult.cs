namespace Platform.Blogging.Import.WordPress;

/// <summary>The report line of one attachment: its post id, URL, what happened and why.</summary>
public sealed record AttachmentResult(string PostId, string Url, AttachmentOutcome Outcome, string? Reason);
