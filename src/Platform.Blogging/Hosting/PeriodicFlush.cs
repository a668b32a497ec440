using System.Collections.Concurrent;

namespace Platform.Blogging.Hosting;

/// <summary>
/// The timer half of Orleans' pre-aggregation pattern, shared by the view counter and the analytics collector: what
/// requests add is kept in memory per grain key, and once per interval each key is sent its batch, one pass at a
/// time, a few grains in parallel. The owner starts it when the silo becomes active and stops it before sending what
/// is left; a pass that fails keeps everything for the next one.
/// </summary>
internal sealed class PeriodicFlush<TEntry> : IDisposable
    where TEntry : class
{
    private const int ParallelSends = 8;
    private readonly SemaphoreSlim _flushing = new(1, 1);
    private readonly ConcurrentDictionary<string, TEntry> _entries;
    private readonly Func<string, TEntry, Task> _send;
    private readonly Action<Exception> _failed;
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private ITimer? _timer;

    /// <param name="entries">What is gathered, by grain key.</param>
    /// <param name="send">Sends one key its batch (or forgets an idle key); handles its own failures.</param>
    /// <param name="failed">Told when a timed pass failed as a whole.</param>
    /// <param name="time">The clock.</param>
    /// <param name="interval">How often a pass runs.</param>
    public PeriodicFlush(ConcurrentDictionary<string, TEntry> entries, Func<string, TEntry, Task> send, Action<Exception> failed, TimeProvider time, TimeSpan interval)
    {
        _entries = entries;
        _send = send;
        _failed = failed;
        _time = time;
        _interval = interval;
    }

    /// <summary>Sends every key its batch now; returns when each was taken or has failed.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await _flushing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await Parallel.ForEachAsync(
                _entries.ToArray(),
                new ParallelOptions { MaxDegreeOfParallelism = ParallelSends, CancellationToken = cancellationToken },
                (pair, _) => new ValueTask(_send(pair.Key, pair.Value))).ConfigureAwait(false);
        }
        finally
        {
            _flushing.Release();
        }
    }

    /// <summary>Starts the timer (at the silo's start).</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _timer = _time.CreateTimer(static s => _ = ((PeriodicFlush<TEntry>)s!).TickAsync(), this, _interval, _interval);
        return Task.CompletedTask;
    }

    /// <summary>Stops the timer (at the silo's stop, before the last pass).</summary>
    public async Task StopAsync()
    {
        if (_timer is not null)
        {
            await _timer.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _timer?.Dispose();
        _flushing.Dispose();
    }

    private async Task TickAsync()
    {
        try
        {
            await RunAsync(CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A failed pass leaves everything in memory; the next tick sends it again.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            _failed(exception);
        }
    }
}
