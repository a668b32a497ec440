namespace Platform.Blogging.Import.WordPress;

/// <summary>Choices for one WordPress import.</summary>
public sealed record WordPressImportOptions
{
    /// <summary>
    /// Hand the attachments on the export's own hosts to <see cref="IAttachmentDownloader"/>. Off by default: the
    /// attachments are then only listed in the report. Attachments on other hosts are never fetched.
    /// </summary>
    public bool DownloadAttachments { get; init; }
}
