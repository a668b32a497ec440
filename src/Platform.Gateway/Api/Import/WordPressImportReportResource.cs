namespace Platform.Gateway.Api.Import;

/// <summary>The report of a WordPress import: counts per outcome, a line per item, and a line per attachment.</summary>
internal sealed record WordPressImportReportResource(
    int Imported, int Updated, int Skipped, int Failed, IReadOnlyList<ImportFileResource> Files, IReadOnlyList<AttachmentResource> Attachments);
