using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Access;
using Platform.Blogging.Analytics;
using Platform.Gateway.Tests.Pages;

namespace Platform.Gateway.Tests.Analytics;

/// <summary>
/// The blog site of <see cref="BlogSiteFactory"/> behind a trusted proxy (10.0.0.5), with an administrator token and
/// tokens of each role for <c>alpha</c> and an owner token for <c>beta</c>.
/// </summary>
public sealed class AnalyticsSiteFactory : BlogSiteFactory
{
    public const string Proxy = "10.0.0.5";

    public AnalyticsSiteFactory()
    {
        With("Platform:ForwardedHeaders:KnownProxies:0", Proxy);
        With("Platform:AdminToken", "analytics-admin-token-0123456789");
        With("Api:RateLimit:PermitsPerMinute", "100000");
    }

    public string Owner { get; private set; } = "";

    public string Editor { get; private set; } = "";

    public string Author { get; private set; } = "";

    public string BetaOwner { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var grains = Services.GetRequiredService<IGrainFactory>();
        Owner = (await grains.GetGrain<IBlogAccessGrain>("alpha").Issue("owner", TokenRole.Owner)).Secret;
        Editor = (await grains.GetGrain<IBlogAccessGrain>("alpha").Issue("editor", TokenRole.Editor)).Secret;
        Author = (await grains.GetGrain<IBlogAccessGrain>("alpha").Issue("author", TokenRole.Author)).Secret;
        BetaOwner = (await grains.GetGrain<IBlogAccessGrain>("beta").Issue("owner", TokenRole.Owner)).Secret;
    }

    /// <summary>Sends every pageview collected so far to the blogs' analytics grains.</summary>
    public Task FlushAsync() => Services.GetRequiredService<AnalyticsCollector>().FlushAsync();
}
