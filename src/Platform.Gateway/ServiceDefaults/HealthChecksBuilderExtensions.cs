using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.Gateway.ServiceDefaults;

/// <summary>Adds checks to the readiness probe.</summary>
public static class HealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds <typeparamref name="THealthCheck"/> to <c>/health/ready</c>: while it is unhealthy, Kubernetes sends the
    /// instance no traffic (but does not restart it).
    /// </summary>
    public static IHealthChecksBuilder AddReadinessCheck<THealthCheck>(this IHealthChecksBuilder builder, string name)
        where THealthCheck : class, IHealthCheck =>
        builder.AddCheck<THealthCheck>(name, HealthStatus.Unhealthy, [HealthCheckTags.Ready]);
}
