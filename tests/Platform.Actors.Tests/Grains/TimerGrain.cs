using Platform.Actors.Timers;

namespace Platform.Actors.Tests.Grains;

public interface ITimerGrain : IGrainWithStringKey
{
    Task Start(TimeSpan period, int workMs, bool interleave, bool keepAlive);

    Task StopTimer();

    [AlwaysInterleave]
    Task<int> Ticks();

    [AlwaysInterleave]
    Task<int> MaxConcurrentTicks();

    [AlwaysInterleave]
    Task<bool> TickRanDuringCall();

    /// <summary>A call that holds the activation for <paramref name="ms"/> milliseconds.</summary>
    Task Busy(int ms);

    [AlwaysInterleave]
    Task<IReadOnlyList<DateTimeOffset>> TickStarts();
}

public sealed class TimerGrain(TimeProvider time) : Grain, ITimerGrain
{
    private readonly TimeProvider _time = time;
    private readonly List<DateTimeOffset> _starts = [];
    private IGrainTimer? _timer;
    private int _ticks;
    private int _inside;
    private int _maxInside;
    private bool _inCall;
    private bool _tickDuringCall;
    private int _workMs;

    public Task Start(TimeSpan period, int workMs, bool interleave, bool keepAlive)
    {
        _workMs = workMs;
        _timer = RegisterGrainTimer(Tick, this, new GrainTimerCreationOptions(period, period) { Interleave = interleave, KeepAlive = keepAlive });
        return Task.CompletedTask;
    }

    public Task StopTimer()
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }

    public Task<int> Ticks() => Task.FromResult(Volatile.Read(ref _ticks));

    public Task<int> MaxConcurrentTicks() => Task.FromResult(_maxInside);

    public Task<bool> TickRanDuringCall() => Task.FromResult(_tickDuringCall);

    public Task<IReadOnlyList<DateTimeOffset>> TickStarts()
    {
        lock (_starts)
        {
            return Task.FromResult<IReadOnlyList<DateTimeOffset>>([.. _starts]);
        }
    }

    public async Task Busy(int ms)
    {
        _inCall = true;
        await Task.Delay(ms);
        _inCall = false;
    }

    private static async Task Tick(TimerGrain self, CancellationToken cancellationToken)
    {
        lock (self._starts)
        {
            self._starts.Add(self._time.GetUtcNow());
        }

        if (self._inCall)
        {
            self._tickDuringCall = true;
        }

        var inside = Interlocked.Increment(ref self._inside);
        self._maxInside = Math.Max(self._maxInside, inside);
        if (self._workMs > 0)
        {
            await Task.Delay(self._workMs, CancellationToken.None);
        }

        Interlocked.Decrement(ref self._inside);
        Interlocked.Increment(ref self._ticks);
    }
}
