using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Platform.Gateway.Mail;

/// <summary>
/// Sends the studio's mail with MailKit through the configured SMTP server, or, without one, writes each message as
/// an <c>.eml</c> file to the pickup folder and logs where (tests and developers read it there).
/// </summary>
internal sealed class MailSender(IOptions<MailOptions> options, IOptions<PlatformOptions> platform, TimeProvider time, ILogger<MailSender> logger)
{
    /// <summary>The folder messages are written to when there is no SMTP server.</summary>
    public string PickupFolder => Path.GetFullPath(Path.Combine(platform.Value.DataPath, options.Value.PickupPath));

    /// <summary>Sends <paramref name="mail"/>; false when the SMTP server refused or could not be reached (logged).</summary>
    public async Task<bool> SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var smtp = options.Value.Smtp;
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Date = time.GetUtcNow();
        message.Body = new TextPart("plain") { Text = mail.Body };

        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            Directory.CreateDirectory(PickupFolder);
            var file = Path.Combine(PickupFolder, $"{time.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
            await message.WriteToAsync(file, cancellationToken);
            MailLog.Picked(logger, mail.Subject, mail.To, file);
            return true;
        }

        try
        {
            using var client = new SmtpClient();
            await client.ConnectAsync(smtp.Host, smtp.Port, SecureSocketOptions.Auto, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.User))
            {
                await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            MailLog.Sent(logger, mail.Subject, mail.To, smtp.Host);
            return true;
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or MailKit.ProtocolException or MailKit.CommandException or AuthenticationException)
        {
            MailLog.Failed(logger, e, mail.Subject, mail.To, smtp.Host);
            return false;
        }
    }
}
