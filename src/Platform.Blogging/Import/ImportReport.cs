namespace Platform.Blogging.Import;

/// <summary>The per-file report of an import.</summary>
public sealed record ImportReport(IReadOnlyList<ImportFileResult> Files)
{
    /// <summary>How many files had each outcome.</summary>
    public int Count(ImportOutcome outcome) => Files.Count(f => f.Outcome == outcome);
}
