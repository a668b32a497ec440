using Platform.Blogging.Import;

namespace Platform.Gateway.Api.Import;

/// <summary>Turns the domain's import report into the API's: counts per outcome and a line per item, with public URLs.</summary>
internal static class ImportReportResources
{
    public static async Task<ImportReportResource> FromAsync(ImportReport report, string blog, ApiServices services)
    {
        var after = await services.Authoring.GetBlogAsync(blog);
        var files = report.Files
            .Select(f => new ImportFileResource(
                f.Path,
                Outcome(f.Outcome),
                f.PostId,
                f.Permalink is null ? null : services.Urls.PostUrl(services.Request, after.Settings, f.Permalink),
                f.Reason))
            .ToArray();
        return new ImportReportResource(
            report.Count(ImportOutcome.Imported), report.Count(ImportOutcome.Updated), report.Count(ImportOutcome.Skipped), report.Count(ImportOutcome.Failed), files, report.Notes)
        {
            Media = ImportMediaResource.From(report.Media),
        };
    }

    private static string Outcome(ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.Imported => "imported",
        ImportOutcome.Updated => "updated",
        ImportOutcome.Skipped => "skipped",
        _ => "failed",
    };
}
