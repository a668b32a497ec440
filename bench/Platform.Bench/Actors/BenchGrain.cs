using Platform.Actors;

namespace Platform.Bench.Actors;

/// <summary>A grain with no state whose method completes synchronously: the runtime's own cost, nothing else.</summary>
internal sealed class BenchGrain : Grain, IBenchGrain
{
    private int _calls;

    public Task<int> Ping(int value) => Task.FromResult(++_calls + value);
}
