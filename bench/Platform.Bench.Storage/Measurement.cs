using System.Globalization;

namespace Platform.Bench.Storage;

/// <summary>Latency percentiles of one operation, and the throughput of concurrent workers.</summary>
public sealed record Measurement(string Provider, string Operation, int Samples, double P50Ms, double P99Ms, double OpsPerSecond)
{
    public static Measurement From(string provider, string operation, List<double> latenciesMs, double opsPerSecond)
    {
        latenciesMs.Sort();
        return new(provider, operation, latenciesMs.Count, Percentile(latenciesMs, 0.50), Percentile(latenciesMs, 0.99), opsPerSecond);
    }

    public string ToRow() => string.Create(CultureInfo.InvariantCulture, $"| {Provider} | {Operation} | {Samples} | {P50Ms:0.000} | {P99Ms:0.000} | {OpsPerSecond:#,0} |");

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
