namespace Platform.Gateway.Api.Export;

/// <summary>The export endpoint's log messages.</summary>
internal static partial class ExportLog
{
    [LoggerMessage(EventId = 4110, Level = LogLevel.Information, Message = "Blog {Blog} exported: {Posts} posts, {MediaFiles} media files, {Warnings} warnings.")]
    public static partial void Exported(ILogger logger, string blog, int posts, int mediaFiles, int warnings);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Error, Message = "The export of blog {Blog} failed after the zip had started; the connection was aborted.")]
    public static partial void FailedWhileStreaming(ILogger logger, Exception exception, string blog);
}
