namespace Platform.Blogging.Import.WordPress;

/// <summary>The report line of one attachment: its post id, URL, what happened and why.</summary>
/// <param name="PostId">The attachment's <c>wp:post_id</c>.</param>
/// <param name="Url">Its <c>wp:attachment_url</c>.</param>
/// <param name="Outcome">Allowed (not downloaded), downloaded, refused or failed.</param>
/// <param name="Reason">Why it was not downloaded; null when it was.</param>
/// <param name="MediaId">The blog's media item it became, when downloaded.</param>
/// <param name="MediaUrl">The served URL posts now link to (<c>/media/{id}/{width}w.{ext}</c>), when downloaded.</param>
public sealed record AttachmentResult(string PostId, string Url, AttachmentOutcome Outcome, string? Reason, string? MediaId = null, string? MediaUrl = null);
