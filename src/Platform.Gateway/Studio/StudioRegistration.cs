using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Platform.Gateway.Studio.Posts;
using Platform.Gateway.Studio.Shell;

namespace Platform.Gateway.Studio;

/// <summary>The studio's services: its cookie scheme, antiforgery and the sign-in rate limit.</summary>
internal static class StudioRegistration
{
    /// <summary>Sign-in attempts per client address per minute.</summary>
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
            });
        services.AddRazorComponents();
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
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(StudioEndpoints.SignInPolicy, context =>
            RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                static _ => new FixedWindowRateLimiterOptions { PermitLimit = SignInsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
        services.AddStudioPosts();
        return services;
    }
}
