using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Actors;
using Platform.Actors.Hosting;
using Platform.Storage.Memory;

namespace Platform.Bench.Actors;

/// <summary>
/// The actor runtime's figures: activation cost, memory per idle activation, calls per second and latency to one
/// grain from many callers and across many grains. Prints a Markdown table for docs/performance.md.
/// </summary>
internal static class ActorBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddActorRuntime(b => b.AddGrain<IBenchGrain, BenchGrain>().AddMemoryGrainStorage());
        using var host = builder.Build();
        await host.StartAsync();
        var factory = host.Services.GetRequiredService<IGrainFactory>();

        Console.WriteLine($"# Actor runtime benchmark ({Environment.ProcessorCount} cores, .NET {Environment.Version}, {options.Seconds} s per run, {options.Grains:N0} grains)");
        Console.WriteLine();

        // Warm up the code paths (JIT, tiering) on a separate set of grains.
        var warm = Enumerable.Range(0, 10_000).Select(i => factory.GetGrain<IBenchGrain>($"warm-{i}")).ToArray();
        await RunCallersAsync(warm, callers: Environment.ProcessorCount * 4, TimeSpan.FromSeconds(1), sample: false);

        var (activationMicros, bytesPerActivation) = await MeasureActivationAsync(factory, options.Grains);
        var many = Enumerable.Range(0, options.Grains).Select(i => factory.GetGrain<IBenchGrain>($"g-{i}")).ToArray();
        var manyResult = await RunCallersAsync(many, callers: Environment.ProcessorCount * 4, TimeSpan.FromSeconds(options.Seconds), sample: true);
        var one = new[] { factory.GetGrain<IBenchGrain>("hot") };
        var oneResult = await RunCallersAsync(one, callers: 64, TimeSpan.FromSeconds(options.Seconds), sample: true);

        Console.WriteLine("| measure | result | goal |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine(Row("calls/s across " + options.Grains.ToString("N0", CultureInfo.InvariantCulture) + " grains", manyResult.CallsPerSecond.ToString("N0", CultureInfo.InvariantCulture), ">= 1,000,000"));
        Console.WriteLine(Row("  latency p50 / p99 / p99.9", Latency(manyResult), ""));
        Console.WriteLine(Row("calls/s to one grain, 64 callers", oneResult.CallsPerSecond.ToString("N0", CultureInfo.InvariantCulture), ">= 300,000"));
        Console.WriteLine(Row("  latency p50 / p99 / p99.9", Latency(oneResult), ""));
        Console.WriteLine(Row("activation (no storage I/O), mean", activationMicros.ToString("F2", CultureInfo.InvariantCulture) + " µs", "< 20 µs"));
        Console.WriteLine(Row("memory per idle activation", bytesPerActivation.ToString("N0", CultureInfo.InvariantCulture) + " B", "< 1,024 B"));

        await host.StopAsync();
        return 0;
    }

    private static string Row(string name, string value, string goal) => $"| {name} | {value} | {goal} |";

    private static string Latency(RunResult result) => string.Create(
        CultureInfo.InvariantCulture, $"{result.P50:F1} / {result.P99:F1} / {result.P999:F1} µs");

    /// <summary>
    /// Activates <paramref name="count"/> grains one after another and reports the mean time per activation and
    /// the managed heap growth per activation (the grain, its activation record, its id and its catalog entry).
    /// </summary>
    private static async Task<(double Micros, double Bytes)> MeasureActivationAsync(IGrainFactory factory, int count)
    {
        var references = Enumerable.Range(0, count).Select(i => factory.GetGrain<IBenchGrain>($"g-{i}")).ToArray();
        var keys = references.Select(r => r.GetGrainId().Key).ToArray();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < references.Length; i++)
        {
            await references[i].Ping(0);
        }

        watch.Stop();
        Array.Clear(references);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(keys);
        return (watch.Elapsed.TotalMicroseconds / count, (after - before) / (double)count);
    }

    private static async Task<RunResult> RunCallersAsync(IBenchGrain[] grains, int callers, TimeSpan duration, bool sample)
    {
        var recorder = new LatencyRecorder();
        var stop = false;
        var total = 0L;
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, callers).Select(worker => Task.Run(async () =>
        {
            var samples = new long[1 << 20];
            var taken = 0;
            var calls = 0L;
            var random = new Random(worker);
            while (!Volatile.Read(ref stop))
            {
                var grain = grains.Length == 1 ? grains[0] : grains[random.Next(grains.Length)];
                var t0 = Stopwatch.GetTimestamp();
                await grain.Ping(1);
                if (sample && taken < samples.Length)
                {
                    samples[taken++] = Stopwatch.GetTimestamp() - t0;
                }

                calls++;
            }

            recorder.Add(samples, taken);
            Interlocked.Add(ref total, calls);
        })).ToArray();

        await Task.Delay(duration);
        Volatile.Write(ref stop, true);
        await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var (p50, p99, p999) = recorder.PercentilesMicroseconds();
        return new RunResult(total / elapsed.TotalSeconds, p50, p99, p999);
    }

    private sealed record RunResult(double CallsPerSecond, double P50, double P99, double P999);
}
