using Platform.Gateway.Analytics.Collection;

namespace Platform.Gateway.Analytics;

/// <summary>Loads the analytics data at start (and compiles the crawler patterns), so the first counted view does not pay for it.</summary>
internal sealed class AnalyticsWarmup(AnalyticsClassifiers classifiers) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = classifiers.Bots.IsBot("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
