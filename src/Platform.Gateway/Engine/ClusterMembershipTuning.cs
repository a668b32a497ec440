using Orleans.Configuration;

namespace Platform.Gateway.Engine;

/// <summary>
/// Membership settings for a cluster of a few nodes that must notice a dead one fast (see <c>docs/orleans.md</c>):
/// each silo is probed every 2 s with a 2 s timeout, and 2 missed probes from 2 voters declare it dead — about 6–10 s
/// after a <c>kill -9</c>, instead of Orleans' default of about a minute. The table is re-read every 5 s, so every
/// silo learns of the death within a few seconds more.
/// </summary>
internal static class ClusterMembershipTuning
{
    public static void Apply(ISiloBuilder silo) => silo.Configure<ClusterMembershipOptions>(o =>
    {
        o.ProbeTimeout = TimeSpan.FromSeconds(2);
        o.NumMissedProbesLimit = 2;
        o.NumVotesForDeathDeclaration = 2;
        o.TableRefreshTimeout = TimeSpan.FromSeconds(5);
        o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
        o.DeathVoteExpirationTimeout = TimeSpan.FromSeconds(30);
    });
}
