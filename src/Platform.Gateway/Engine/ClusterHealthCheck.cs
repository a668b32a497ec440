using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace Platform.Gateway.Engine;

/// <summary>
/// Ready only while this silo is Active in the cluster's membership table: before it has joined (and while it leaves)
/// the node gets no traffic. The answer names the silo and how many silos are active.
/// </summary>
internal sealed class ClusterHealthCheck(IClusterMembershipService membership, ILocalSiloDetails local) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = membership.CurrentSnapshot;
        var status = snapshot.GetSiloStatus(local.SiloAddress);
        var active = snapshot.Members.Values.Count(m => m.Status == SiloStatus.Active);
        var data = new Dictionary<string, object>
        {
            ["silo"] = local.SiloAddress.ToString(),
            ["status"] = status.ToString(),
            ["activeSilos"] = active,
        };
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy($"silo {local.SiloAddress} is active; {active} active in the cluster", data)
            : HealthCheckResult.Unhealthy($"silo {local.SiloAddress} is {status}, not active in the cluster", data: data));
    }
}
