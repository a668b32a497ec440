using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Platform.Gateway.ServiceDefaults;

/// <summary>
/// On stop, before any hosted service (the Orleans silo, Kestrel) stops, marks the host as stopping (readiness
/// fails) and waits <see cref="PlatformOptions.ShutdownDrainDelay"/> so that load balancers stop sending requests
/// while the instance still serves them.
/// </summary>
internal sealed partial class ShutdownDrainService(HostLifecycle lifecycle, IOptions<PlatformOptions> options, ILogger<ShutdownDrainService> logger)
    : IHostedLifecycleService
{
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        lifecycle.MarkStopping();
        var delay = options.Value.ShutdownDrainDelay;
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        LogDraining(logger, delay.TotalSeconds);
        try
        {
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The shutdown timeout ended the drain early; stopping continues.
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Stopping: readiness is failing; draining for {Seconds} s before stopping services")]
    private static partial void LogDraining(ILogger logger, double seconds);
}
