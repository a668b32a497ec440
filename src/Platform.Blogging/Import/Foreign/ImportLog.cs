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

    [LoggerMessage(EventId = 2200, Level = LogLevel.Information, Message = "{Format} export imported into blog {Blog}: {Imported} imported, {Updated} updated, {Skipped} skipped, {Failed} failed.")]
    public static partial void Imported(ILogger logger, string format, string blog, int imported, int updated, int skipped, int failed);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "{Format} export for blog {Blog} refused: {Reason}")]
    public static partial void Refused(ILogger logger, string format, string blog, string reason);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Information, Message = "WordPress import into blog {Blog}: {Allowed} attachments on the export's own hosts, {Refused} on other hosts left alone.")]
    public static partial void Attachments(ILogger logger, string blog, int allowed, int refused);
}
