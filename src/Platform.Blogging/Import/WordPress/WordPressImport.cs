namespace Platform.Blogging.Import.WordPress;

/// <summary>A WordPress export read and converted, nothing stored yet: the posts, the attachments and the export's own hosts.</summary>
/// <param name="Posts">One item per post, page or other entry (skipped or failed ones with their reason).</param>
/// <param name="Attachments">Every attachment with a URL, in file order.</param>
/// <param name="Hosts">The hosts attachments may be fetched from.</param>
public sealed record WordPressImport(IReadOnlyList<ImportItem> Posts, IReadOnlyList<WordPressAttachment> Attachments, AttachmentHosts Hosts);
