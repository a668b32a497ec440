using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.Bench.Orleans;

/// <summary>
/// What a grain call costs from code co-hosted with the silo (as the gateway's handlers are): calls/s, latency and
/// bytes allocated per call, across many grains and into one grain. This is the cost the page path avoids with its
/// silo-local caches and view pre-aggregator.
/// </summary>
internal static class OrleansCallBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var grainCount = Math.Min(options.Grains, 100_000);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo => silo.UseLocalhostClustering(siloPort: 11411, gatewayPort: 30411));
        using var host = builder.Build();
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var references = Enumerable.Range(0, grainCount).Select(i => grains.GetGrain<IBenchGrain>(i.ToString(CultureInfo.InvariantCulture))).ToArray();
        await Parallel.ForEachAsync(references, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (g, _) => await g.Read());

        var duration = TimeSpan.FromSeconds(options.Seconds);
        var many = await RunAsync(references, callers: 8, duration);
        var one = await RunAsync([references[0]], callers: 64, duration);
        await host.StopAsync();

        Console.WriteLine($"# Orleans call cost ({Environment.ProcessorCount} cores, .NET {Environment.Version}, {options.Seconds} s per row)");
        Console.WriteLine();
        Console.WriteLine("| calls | calls/s | p50 µs | p99 µs | bytes allocated per call |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Console.WriteLine(many.Row($"8 callers across {grainCount:N0} grains"));
        Console.WriteLine(one.Row("64 callers into one grain"));
        return 0;
    }

    private static async Task<Result> RunAsync(IBenchGrain[] grains, int callers, TimeSpan duration)
    {
        var recorder = new LatencyRecorder();
        var stop = false;
        var total = 0L;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, callers).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            var samples = new long[1 << 16];
            var n = 0;
            var calls = 0L;
            while (!Volatile.Read(ref stop))
            {
                var started = Stopwatch.GetTimestamp();
                await grains[grains.Length == 1 ? 0 : random.Next(grains.Length)].Read();
                if (n < samples.Length)
                {
                    samples[n++] = Stopwatch.GetTimestamp() - started;
                }

                calls++;
            }

            recorder.Add(samples, n);
            Interlocked.Add(ref total, calls);
        })).ToArray();
        await Task.Delay(duration);
        Volatile.Write(ref stop, true);
        await Task.WhenAll(workers);
        var seconds = watch.Elapsed.TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var (p50, p99, _) = recorder.PercentilesMicroseconds();
        return new Result(total / seconds, p50, p99, allocated / (double)Math.Max(1, total));
    }

    private sealed record Result(double Rate, double P50, double P99, double BytesPerCall)
    {
        public string Row(string name) => string.Create(
            CultureInfo.InvariantCulture, $"| {name} | {Rate:N0} | {P50:F1} | {P99:F1} | {BytesPerCall:N0} |");
    }
}
