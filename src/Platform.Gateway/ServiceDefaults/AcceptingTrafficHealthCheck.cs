using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.Gateway.ServiceDefaults;

/// <summary>
/// Healthy between start and stop: unhealthy before <c>ApplicationStarted</c> (the Orleans silo is not running
/// yet) and from <c>ApplicationStopping</c> on, so that a terminating pod leaves the load balancer first.
/// </summary>
internal sealed class AcceptingTrafficHealthCheck(HostLifecycle lifecycle) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var result = lifecycle.Stopping ? HealthCheckResult.Unhealthy("stopping")
            : lifecycle.Started ? HealthCheckResult.Healthy("accepting traffic")
            : HealthCheckResult.Unhealthy("starting");
        return Task.FromResult(result);
    }
}
