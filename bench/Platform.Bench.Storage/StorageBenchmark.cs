using System.Diagnostics;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace Platform.Bench.Storage;

/// <summary>
/// Measures one Orleans grain storage provider: sequential latency (one operation at a time) of write and read,
/// and the throughput of <see cref="Workers"/> concurrent workers, each on its own grain (as separate activations are).
/// </summary>
public sealed class StorageBenchmark(string provider, IGrainStorage storage, int bodyBytes, int samples, TimeSpan throughputDuration)
{
    public const int Workers = 16;

    private readonly string _label = $"{provider}, {(bodyBytes >= 1024 ? $"{bodyBytes / 1024} KB" : $"{bodyBytes} B")} body";

    public async Task<List<Measurement>> RunAsync()
    {
        var keys = Enumerable.Range(0, 64).Select(i => GrainId.Create("bench", $"{Guid.NewGuid():N}/{i}")).ToArray();
        var states = keys.Select(_ => NewState()).ToArray();
        for (var i = 0; i < keys.Length; i++)
        {
            await storage.WriteStateAsync("bench", keys[i], states[i]);
        }

        await Sequential(keys, states, samples / 5, Write); // warm-up: JIT, pools, page cache
        var results = new List<Measurement>
        {
            Measurement.From(_label, "write", await Sequential(keys, states, samples, Write), await Throughput(Write)),
            Measurement.From(_label, "read", await Sequential(keys, states, samples, Read), await Throughput(Read)),
        };
        return results;
    }

    private GrainState<BenchState> NewState() => new(new BenchState
    {
        Body = new string('x', bodyBytes),
        Tags = new() { ["dotnet"] = 1, ["orleans"] = 2 },
    });

    private async Task Write(GrainId id, GrainState<BenchState> state)
    {
        state.State!.Count++;
        state.State.Updated = DateTimeOffset.UtcNow;
        await storage.WriteStateAsync("bench", id, state);
    }

    private Task Read(GrainId id, GrainState<BenchState> state) => storage.ReadStateAsync("bench", id, state);

    private static async Task<List<double>> Sequential(GrainId[] keys, GrainState<BenchState>[] states, int count, Func<GrainId, GrainState<BenchState>, Task> operation)
    {
        var latencies = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var k = i % keys.Length;
            var started = Stopwatch.GetTimestamp();
            await operation(keys[k], states[k]);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return latencies;
    }

    private async Task<double> Throughput(Func<GrainId, GrainState<BenchState>, Task> operation)
    {
        var keys = Enumerable.Range(0, Workers).Select(i => GrainId.Create("bench", $"tp-{Guid.NewGuid():N}-{i}")).ToArray();
        var states = keys.Select(_ => NewState()).ToArray();
        for (var i = 0; i < Workers; i++)
        {
            await storage.WriteStateAsync("bench", keys[i], states[i]);
        }

        var total = 0L;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(w => Task.Run(async () =>
        {
            var done = 0L;
            while (clock.Elapsed < throughputDuration)
            {
                await operation(keys[w], states[w]);
                done++;
            }

            Interlocked.Add(ref total, done);
        })));
        return total / clock.Elapsed.TotalSeconds;
    }
}
