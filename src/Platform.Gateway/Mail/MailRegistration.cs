namespace Platform.Gateway.Mail;

/// <summary>Registers the mail sender and its options (<c>Mail</c>).</summary>
internal static class MailRegistration
{
    public static IServiceCollection AddPlatformMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.SectionName)
            .Validate(o => o.Smtp.Port is > 0 and < 65536, "Mail:Smtp:Port must be a TCP port.")
            .Validate(o => MimeKit.MailboxAddress.TryParse(o.Smtp.From, out _), "Mail:Smtp:From must be a mail address such as 'Platform <no-reply@example.com>'.")
            .ValidateOnStart();
        services.AddSingleton<MailSender>();
        return services;
    }
}
