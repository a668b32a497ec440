namespace Platform.Blogging.Import.WordPress;

/// <summary>
/// Fetches a WordPress import's attachments into the blog's media when their download is asked for. The importer
/// calls it only for URLs that passed <see cref="AttachmentHosts"/> (the export's own hosts, http or https, no internal
/// host as written); an implementation must also refuse host names that resolve to internal addresses, follow no
/// redirect to another host, and bound the size and time of each download. The registered one is
/// <see cref="HttpAttachmentDownloader"/>.
/// </summary>
public interface IAttachmentDownloader
{
    /// <summary>Fetches and stores one attachment for <paramref name="blog"/>, or says why it did not.</summary>
    /// <param name="blog">The blog whose media it becomes.</param>
    /// <param name="attachment">The attachment.</param>
    /// <param name="hosts">The export's own hosts: redirects may lead only to these.</param>
    /// <param name="cancellationToken">Stops the download.</param>
    Task<AttachmentResult> DownloadAsync(string blog, WordPressAttachment attachment, AttachmentHosts hosts, CancellationToken cancellationToken);
}
