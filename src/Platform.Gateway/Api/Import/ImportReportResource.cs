namespace Platform.Gateway.Api.Import;

/// <summary>
/// The report of an import: counts per outcome, a line per file, notes on the source as a whole (empty when there
/// are none), and a line per local file the posts reference.
/// </summary>
internal sealed record ImportReportResource(int Imported, int Updated, int Skipped, int Failed, IReadOnlyList<ImportFileResource> Files, IReadOnlyList<string> Notes)
{
    /// <summary>The posts' local images: stored (with the URL the post now uses), missing or refused (with why).</summary>
    public IReadOnlyList<ImportMediaResource> Media { get; init; } = [];
}
