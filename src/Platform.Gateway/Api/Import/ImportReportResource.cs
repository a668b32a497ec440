namespace Platform.Gateway.Api.Import;

/// <summary>The report of an import: counts per outcome, a line per file, and notes on the source as a whole (empty when there are none).</summary>
internal sealed record ImportReportResource(int Imported, int Updated, int Skipped, int Failed, IReadOnlyList<ImportFileResource> Files, IReadOnlyList<string> Notes);
