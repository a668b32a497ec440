namespace Platform.Gateway.Mail;

/// <summary>
/// <c>Mail</c>: an SMTP server (<c>Mail:Smtp:Host</c>, <c>Port</c>, <c>User</c>, <c>Password</c>, <c>From</c>), or
/// without a host a pickup folder (<c>Mail:PickupPath</c>, default <c>{Platform:DataPath}/mail-pickup</c>) where each
/// message is written as an <c>.eml</c> file.
/// </summary>
internal sealed class MailOptions
{
    public const string SectionName = "Mail";

    /// <summary>The SMTP server; without a host, mail goes to the pickup folder.</summary>
    public SmtpSettings Smtp { get; set; } = new();

    /// <summary>Where messages are written when there is no SMTP server; relative paths are under <c>Platform:DataPath</c>.</summary>
    public string PickupPath { get; set; } = "mail-pickup";
}
