using Platform.Gateway.Tests.Hosting;

namespace Platform.Gateway.Tests.Api;

/// <summary>The author API without <c>Platform:AdminToken</c>.</summary>
public sealed class NoAdminApiFactory : GatewayFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "memory",
        ["Platform:SeedDemo"] = "false",
    };
}
