namespace Platform.Blogging.Import.WordPress;

/// <summary>
/// Where a WordPress import's attachments go when their download is asked for. The importer calls it only for URLs
/// that passed <see cref="AttachmentHosts"/> (the export's own hosts, http or https, no internal IP literal). An
/// implementation that really fetches must also refuse host names that resolve to internal addresses, follow no
/// redirect to another host, and bound the size and time of each download. The platform has no media store yet, so
/// the registered one is <see cref="ReportOnlyAttachmentDownloader"/>; a media store plugs in here.
/// </summary>
public interface IAttachmentDownloader
{
    /// <summary>Fetches and stores one attachment for <paramref name="blog"/>, or says why it did not.</summary>
    Task<AttachmentResult> DownloadAsync(string blog, WordPressAttachment attachment, CancellationToken cancellationToken);
}
