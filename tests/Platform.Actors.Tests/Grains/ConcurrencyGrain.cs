namespace Platform.Actors.Tests.Grains;

/// <summary>The methods both concurrency grains share (not itself a grain interface).</summary>
public interface IConcurrencyOps
{
    /// <summary>Awaits <paramref name="ms"/> inside the call and returns how many calls were inside at the same time.</summary>
    Task<int> Work(int ms);

    [ReadOnly]
    Task<int> Read(int ms);

    [AlwaysInterleave]
    Task<int> InsideNow();

    [AlwaysInterleave]
    Task<int> MaxInside();

    [AlwaysInterleave]
    Task<int> MaxThreadsInside();
}

public interface IConcurrencyGrain : IConcurrencyOps, IGrainWithStringKey;

public interface IReentrantConcurrencyGrain : IConcurrencyOps, IGrainWithStringKey;

/// <summary>Counts overlapping calls, and separately overlapping threads (which must never exceed one).</summary>
public abstract class ConcurrencyTracker : Grain, IConcurrencyOps
{
    private int _inside;
    private int _maxInside;
    private int _threads;
    private int _maxThreads;

    public Task<int> Work(int ms) => Tracked(ms);

    public Task<int> Read(int ms) => Tracked(ms);

    public Task<int> InsideNow() => Task.FromResult(_inside);

    public Task<int> MaxInside() => Task.FromResult(_maxInside);

    public Task<int> MaxThreadsInside() => Task.FromResult(_maxThreads);

    private async Task<int> Tracked(int ms)
    {
        Enter();
        var inside = ++_inside;
        _maxInside = Math.Max(_maxInside, inside);
        Exit();
        for (var i = 0; i < 4; i++)
        {
            await Task.Delay(ms / 4);
            Enter();
            Thread.SpinWait(2000);
            Exit();
        }

        Enter();
        _inside--;
        Exit();
        return inside;
    }

    private void Enter()
    {
        var now = Interlocked.Increment(ref _threads);
        _maxThreads = Math.Max(_maxThreads, now);
    }

    private void Exit() => Interlocked.Decrement(ref _threads);
}

public sealed class ConcurrencyGrain : ConcurrencyTracker, IConcurrencyGrain;

[Reentrant]
public sealed class ReentrantConcurrencyGrain : ConcurrencyTracker, IReentrantConcurrencyGrain;
