using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;
using Orleans.Storage;
using Platform.Blogging.Hosting;

namespace Platform.Gateway.Engine;

/// <summary>Ready only if grain storage answers: a read of a probe state that never exists (cheap; no write).</summary>
internal sealed class StorageHealthCheck([FromKeyedServices(BloggingStorage.Name)] IGrainStorage storage) : IHealthCheck
{
    private static readonly GrainId s_probe = GrainId.Create("health", "probe");

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await storage.ReadStateAsync("probe", s_probe, new ProbeState()).WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return HealthCheckResult.Healthy("Grain storage answered.");
        }
#pragma warning disable CA1031 // Any failure means "not ready"; the probe reports it instead of throwing.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("Grain storage did not answer.", exception);
        }
    }

    private sealed class ProbeState : IGrainState<Dictionary<string, string>>
    {
        public Dictionary<string, string>? State { get; set; } = [];

        public string? ETag { get; set; }

        public bool RecordExists { get; set; }
    }
}
