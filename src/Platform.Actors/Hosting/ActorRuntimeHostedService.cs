using Microsoft.Extensions.Hosting;
using Platform.Actors.Runtime;

namespace Platform.Actors.Hosting;

/// <summary>
/// Starts the runtime with the host (validating every grain registration, so a bad one stops the host at start)
/// and, when the host stops, deactivates every activation with reason <c>ShuttingDown</c> before the host's
/// shutdown deadline, so grains can write what they hold in memory. Stopping is idempotent: a host may be stopped
/// twice (e.g. <c>WebApplicationFactory</c> stops it while the entry point's <c>Run()</c> also does, then disposes it).
/// </summary>
internal sealed class ActorRuntimeHostedService(GrainRuntime runtime, ActivationCollector collector) : IHostedService
{
    private int _stopRequested;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        runtime.Tracker.Start();
        collector.Start();
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _stopRequested, 1) == 1)
        {
            return;
        }

        collector.Dispose();
        runtime.SignalStopping();
        try
        {
            await runtime.DeactivateAllAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            runtime.Telemetry.ShutdownIncomplete(runtime.Catalog.Count);
        }
    }
}
