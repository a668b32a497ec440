using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.Gateway.ServiceDefaults;

/// <summary>Healthy once the host has started (all hosted services, the Orleans silo among them, are running).</summary>
internal sealed class HostStartedHealthCheck(HostLifecycle lifecycle) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifecycle.Started ? HealthCheckResult.Healthy("started") : HealthCheckResult.Unhealthy("starting"));
}
