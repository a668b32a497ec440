using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Platform.Gateway.Mail;
using Platform.Gateway.Studio.Posts;
using Platform.Gateway.Studio.Shell;

namespace Platform.Gateway.Studio;

/// <summary>The studio's services: its cookie schemes, antiforgery, mail and the rate limit of its auth routes.</summary>
internal static class StudioRegistration
{
    /// <summary>Attempts per client address per minute on each auth route (sign-in, code, reset, invitation, password), unless <c>Studio:AuthAttemptsPerMinute</c> says otherwise.</summary>
    public const int SignInsPerMinute = 10;

    public static IServiceCollection AddStudio(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddCookie(StudioEndpoints.Scheme, o =>
            {
                o.Cookie.Name = "platform.studio";
                o.Cookie.HttpOnly = true;
                o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.Path = "/studio";
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromDays(14);
                o.LoginPath = "/studio/signin";
            })
            .AddCookie(Accounts.AccountSignIn.PendingScheme, o =>
            {
                // Between the password and the second factor: five minutes, sent only to the sign-in routes.
                o.Cookie.Name = "platform.studio.2fa";
                o.Cookie.HttpOnly = true;
                o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.Path = "/studio/signin";
                o.ExpireTimeSpan = TimeSpan.FromMinutes(5);
                o.SlidingExpiration = false;
            });
        services.AddPlatformMail();
        services.AddRazorComponents();
        // Components encode with the HtmlEncoder from DI: the default one writes every letter outside Basic Latin as
        // an entity, which triples a Korean page. Markup characters are encoded all the same.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddScoped<StudioPage>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "platform.antiforgery";
            o.Cookie.Path = "/studio";
            // Secure whenever the request is HTTPS (behind a TLS proxy too, with forwarded headers trusted). Plain HTTP
            // is only for a developer's localhost, where antiforgery would otherwise refuse to work at all.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SuppressXFrameOptionsHeader = true; // the studio's own headers deny framing
        });
        // One window per client address and route: guessing passwords on one route does not lock a person out of the others.
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(StudioEndpoints.SignInPolicy, context =>
        {
            var permits = context.RequestServices.GetRequiredService<IConfiguration>().GetValue("Studio:AuthAttemptsPerMinute", SignInsPerMinute);
            return RateLimitPartition.GetFixedWindowLimiter(
                (context.Connection.RemoteIpAddress?.ToString() ?? "unknown") + " " + context.Request.Method + " " + context.Request.Path.Value,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, permits), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
        }));
        services.AddStudioPosts();
        return services;
    }
}
