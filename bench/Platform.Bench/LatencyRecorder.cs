using System.Diagnostics;

namespace Platform.Bench;

/// <summary>Collects per-call latencies (Stopwatch ticks) from several workers and reports percentiles.</summary>
internal sealed class LatencyRecorder
{
    private readonly List<long[]> _chunks = [];
    private readonly Lock _lock = new();

    public void Add(long[] samples, int count)
    {
        lock (_lock)
        {
            _chunks.Add(samples[..count]);
        }
    }

    public (double P50, double P99, double P999) PercentilesMicroseconds()
    {
        var all = _chunks.SelectMany(c => c).ToArray();
        if (all.Length == 0)
        {
            return (0, 0, 0);
        }

        Array.Sort(all);
        double At(double q) => all[Math.Min(all.Length - 1, (int)(q * all.Length))] * 1_000_000.0 / Stopwatch.Frequency;
        return (At(0.50), At(0.99), At(0.999));
    }
}
