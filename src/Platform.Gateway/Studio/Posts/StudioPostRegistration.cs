using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Platform.Gateway.Studio.Editor;

namespace Platform.Gateway.Studio.Posts;

/// <summary>The post list's and editor's services: the preview's rate limit.</summary>
internal static class StudioPostRegistration
{
    public static IServiceCollection AddStudioPosts(this IServiceCollection services) =>
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(StudioEditorEndpoints.PreviewPolicy, context =>
            RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                static _ => new FixedWindowRateLimiterOptions { PermitLimit = StudioEditorEndpoints.PreviewsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
}
