namespace Platform.Blogging.Import;

/// <summary>The per-file report of an import.</summary>
public sealed record ImportReport(IReadOnlyList<ImportFileResult> Files)
{
    /// <summary>What the import says about the source as a whole (e.g. which settings a Jekyll <c>_config.yml</c> gave the blog).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>What became of each local file the posts reference (Jekyll imports of a whole site).</summary>
    public IReadOnlyList<ImportMediaResult> Media { get; init; } = [];

    /// <summary>How many files had each outcome.</summary>
    public int Count(ImportOutcome outcome) => Files.Count(f => f.Outcome == outcome);
}
