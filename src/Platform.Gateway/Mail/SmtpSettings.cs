namespace Platform.Gateway.Mail;

/// <summary><c>Mail:Smtp</c>: the server mail is sent through (STARTTLS or TLS as the port offers).</summary>
internal sealed class SmtpSettings
{
    /// <summary>The server's host name; empty: no SMTP server.</summary>
    public string? Host { get; set; }

    /// <summary>The port: 587 (submission, STARTTLS) by default; 465 for TLS from the start.</summary>
    public int Port { get; set; } = 587;

    /// <summary>The account to authenticate as, if the server needs one.</summary>
    public string? User { get; set; }

    /// <summary>Its password.</summary>
    public string? Password { get; set; }

    /// <summary>The sender, e.g. <c>Platform &lt;no-reply@blogs.example&gt;</c>.</summary>
    public string From { get; set; } = "Platform <no-reply@localhost>";
}
