namespace Platform.Bench.Orleans;

[GrainType("bench")]
internal sealed class BenchGrain : Grain, IBenchGrain
{
    private long _calls;

    public Task<long> Read() => Task.FromResult(++_calls);
}
