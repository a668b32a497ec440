namespace Platform.Blogging.Import.Jekyll;

/// <summary>Adds to an import's report what the site's conversion found: each post's warnings, the pages left out and the site's notes.</summary>
public static class JekyllReport
{
    /// <summary>The report with <paramref name="site"/>'s warnings joined to each file's reason, its skipped pages and its notes.</summary>
    public static ImportReport Merge(ImportReport report, JekyllPreparedSite site)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(site);
        var files = report.Files.Select(file => site.Warnings.TryGetValue(file.Path, out var warnings)
            ? file with { Reason = string.Join("; ", (file.Reason is null ? [] : new[] { file.Reason }).Concat(warnings)) }
            : file);
        return new ImportReport([.. files, .. site.Skipped]) { Notes = [.. report.Notes, .. site.Notes], Media = report.Media };
    }
}
