namespace Platform.Gateway.Mail;

/// <summary>A plain-text message to one recipient.</summary>
internal sealed record OutgoingMail(string To, string Subject, string Body);
