using Platform.Blogging.Import.WordPress;

namespace Platform.Gateway.Api.Import;

/// <summary>
/// One attachment of a WordPress import: its post id, URL, what happened (allowed, downloaded, refused, failed) and why;
/// when downloaded, the media item's id and the path posts now link to (<c>/media/{id}/{width}w.{ext}</c>).
/// </summary>
internal sealed record AttachmentResource(string PostId, string Url, string Outcome, string? Reason, string? MediaId, string? Path)
{
    public static AttachmentResource From(AttachmentResult result) =>
        new(result.PostId, result.Url, result.Outcome.ToString().ToLowerInvariant(), result.Reason, result.MediaId, result.MediaUrl);
}
