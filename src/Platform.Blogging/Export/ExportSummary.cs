namespace Platform.Blogging.Export;

/// <summary>What an export wrote.</summary>
/// <param name="Published">Posts written to <c>_posts/</c> that readers see now.</param>
/// <param name="Scheduled">Posts written to <c>_posts/</c> with a future date.</param>
/// <param name="Drafts">Posts written to <c>_drafts/</c>.</param>
/// <param name="MediaFiles">Media files written.</param>
/// <param name="Warnings">What could not be carried exactly (also listed in the JSON document).</param>
public sealed record ExportSummary(int Published, int Scheduled, int Drafts, int MediaFiles, IReadOnlyList<string> Warnings)
{
    /// <summary>Every post written.</summary>
    public int Posts => Published + Scheduled + Drafts;
}
