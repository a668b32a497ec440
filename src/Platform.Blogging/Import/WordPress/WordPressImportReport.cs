namespace Platform.Blogging.Import.WordPress;

/// <summary>The report of a WordPress import: one line per post or page, and one per attachment.</summary>
public sealed record WordPressImportReport(ImportReport Posts, IReadOnlyList<AttachmentResult> Attachments)
{
    /// <summary>How many attachments had <paramref name="outcome"/>.</summary>
    public int Count(AttachmentOutcome outcome) => Attachments.Count(a => a.Outcome == outcome);
}
