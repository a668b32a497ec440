using Platform.Actors.Runtime;

namespace Platform.Actors.Hosting;

/// <summary>Every <c>CollectionQuantum</c>, asks activations idle longer than their collection age to deactivate.</summary>
internal sealed class ActivationCollector(GrainRuntime runtime) : IDisposable
{
    private ITimer? _timer;

    public void Start()
    {
        var quantum = runtime.Options.CollectionQuantum;
        _timer ??= runtime.TimeProvider.CreateTimer(static s => ((ActivationCollector)s!).CollectOnce(), this, quantum, quantum);
    }

    /// <summary>One collection pass; returns how many activations were asked to deactivate.</summary>
    public int CollectOnce()
    {
        if (runtime.IsStopping)
        {
            return 0;
        }

        var now = runtime.TimeProvider.GetTimestamp();
        var collected = 0;
        foreach (var activation in runtime.Catalog.Snapshot())
        {
            if (activation.TryCollect(now, runtime.Options.CollectionAge))
            {
                collected++;
            }
        }

        runtime.Telemetry.Collected(collected);
        return collected;
    }

    public void Dispose() => _timer?.Dispose();
}
