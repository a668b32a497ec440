using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Platform.Gateway.Pages;

/// <summary>Likes per client address: <c>Pages:LikesPerMinute</c> (default 20) in a fixed one-minute window; more get 429.</summary>
internal sealed class LikeLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public LikeLimiter(IOptions<PagesOptions> options)
    {
        var permits = options.Value.LikesPerMinute;
        _limiter = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));
    }

    public bool TryAcquire(HttpContext context)
    {
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        using var lease = _limiter.AttemptAcquire(client);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
