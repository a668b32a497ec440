using Platform.Gateway.Tests.Hosting;

namespace Platform.Gateway.Tests.Api;

/// <summary>The gateway on memory storage with an administrator token and a rate limit high enough not to interfere.</summary>
public class AuthorApiFactory : GatewayFactory
{
    public const string AdminToken = "test-admin-token-0123456789abcdef";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "memory",
        ["Platform:SeedDemo"] = "false",
        ["Platform:AdminToken"] = AdminToken,
        ["Api:RateLimit:PermitsPerMinute"] = PermitsPerMinute,
        ["Blogging:MaxBodyBytes"] = "65536",
        ["Api:MaxImportBytes"] = "1048576",
    };

    protected virtual string PermitsPerMinute => "100000";
}
