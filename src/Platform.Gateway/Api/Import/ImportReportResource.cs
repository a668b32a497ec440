namespace Platform.Gateway.Api.Import;

/// <summary>The report of an import: counts per outcome and a line per file.</summary>
internal sealed record ImportReportResource(int Imported, int Updated, int Skipped, int Failed, IReadOnlyList<ImportFileResource> Files);
