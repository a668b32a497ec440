namespace Platform.Gateway.Mail;

/// <summary>The mail sender's log messages: never a message's body (it carries one-time links).</summary>
internal static partial class MailLog
{
    [LoggerMessage(EventId = 4800, Level = LogLevel.Information, Message = "Mail \"{Subject}\" to {To} written to the pickup folder as {File} (no Mail:Smtp:Host configured).")]
    public static partial void Picked(ILogger logger, string subject, string to, string file);

    [LoggerMessage(EventId = 4801, Level = LogLevel.Information, Message = "Mail \"{Subject}\" to {To} sent through {Host}.")]
    public static partial void Sent(ILogger logger, string subject, string to, string host);

    [LoggerMessage(EventId = 4802, Level = LogLevel.Error, Message = "Mail \"{Subject}\" to {To} could not be sent through {Host}.")]
    public static partial void Failed(ILogger logger, Exception exception, string subject, string to, string host);
}
