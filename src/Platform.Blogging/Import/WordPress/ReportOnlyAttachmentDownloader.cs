namespace Platform.Blogging.Import.WordPress;

/// <summary>The stand-in until the platform has a media store: fetches nothing and reports the attachment as allowed.</summary>
public sealed class ReportOnlyAttachmentDownloader : IAttachmentDownloader
{
    /// <summary>The reason given for every attachment.</summary>
    public const string Reason = "On the export's own host, but not downloaded: the platform has no media store yet (report only)";

    /// <inheritdoc />
    public Task<AttachmentResult> DownloadAsync(string blog, WordPressAttachment attachment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        return Task.FromResult(new AttachmentResult(attachment.PostId, attachment.Url, AttachmentOutcome.Allowed, Reason));
    }
}
