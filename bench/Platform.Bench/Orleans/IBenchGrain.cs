namespace Platform.Bench.Orleans;

/// <summary>A grain with one cheap read, to measure what an Orleans call itself costs.</summary>
[Alias("bench.IBenchGrain")]
public interface IBenchGrain : IGrainWithStringKey
{
    [global::Orleans.Concurrency.ReadOnly]
    Task<long> Read();
}
