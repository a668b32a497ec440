using Microsoft.Extensions.Hosting;

namespace Platform.Gateway.ServiceDefaults;

/// <summary>Creates the providers when the host starts (not at the first request), so startup spans and metrics are seen.</summary>
internal sealed class OpenTelemetryStartupService(OpenTelemetryProviders providers) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(providers);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
