using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Analytics;
using Platform.Gateway.Tests.Pages;

namespace Platform.Gateway.Tests.Analytics;

/// <summary>
/// The role-token site (<see cref="RoleTokenSiteFactory"/>) behind a trusted proxy (10.0.0.5), with an administrator
/// token.
/// </summary>
public sealed class AnalyticsSiteFactory : RoleTokenSiteFactory
{
    public const string Proxy = "10.0.0.5";

    public AnalyticsSiteFactory()
    {
        With("Platform:ForwardedHeaders:KnownProxies:0", Proxy);
        With("Platform:AdminToken", "analytics-admin-token-0123456789");
        With("Api:RateLimit:PermitsPerMinute", "100000");
    }

    /// <summary>Sends every pageview collected so far to the blogs' analytics grains.</summary>
    public Task FlushAsync() => Services.GetRequiredService<AnalyticsCollector>().FlushAsync();
}
