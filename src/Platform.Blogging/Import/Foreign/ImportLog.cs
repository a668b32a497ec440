using Microsoft.Extensions.Logging;

namespace Platform.Blogging.Import.Foreign;

/// <summary>Log messages of the Ghost and WordPress imports.</summary>
internal static partial class ImportLog
{
    /// <summary>Logs the counts of an import's report.</summary>
    public static void Imported(ILogger logger, string format, string blog, ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        int imported = report.Count(ImportOutcome.Imported), updated = report.Count(ImportOutcome.Updated);
        int skipped = report.Count(ImportOutcome.Skipped), failed = report.Count(ImportOutcome.Failed);
        Imported(logger, format, blog, imported, updated, skipped, failed);
    }

    /// <summary>Logs the attachment counts of a WordPress import's report.</summary>
    public static void Attachments(ILogger logger, string blog, WordPress.WordPressImportReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        int downloaded = report.Count(WordPress.AttachmentOutcome.Downloaded), allowed = report.Count(WordPress.AttachmentOutcome.Allowed);
        int refused = report.Count(WordPress.AttachmentOutcome.Refused), failed = report.Count(WordPress.AttachmentOutcome.Failed);
        Attachments(logger, blog, downloaded, allowed, refused, failed);
    }

    [LoggerMessage(EventId = 2200, Level = LogLevel.Information, Message = "{Format} export imported into blog {Blog}: {Imported} imported, {Updated} updated, {Skipped} skipped, {Failed} failed.")]
    public static partial void Imported(ILogger logger, string format, string blog, int imported, int updated, int skipped, int failed);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "{Format} export for blog {Blog} refused: {Reason}")]
    public static partial void Refused(ILogger logger, string format, string blog, string reason);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Information, Message = "WordPress import into blog {Blog}: attachments {Downloaded} downloaded, {Allowed} allowed but not asked for, {Refused} refused, {Failed} failed.")]
    public static partial void Attachments(ILogger logger, string blog, int downloaded, int allowed, int refused, int failed);
}
