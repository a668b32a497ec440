namespace Platform.Gateway.Studio.Charts;

/// <summary>A <see cref="LineChart"/>'s values made safe to draw: non-finite values read 0, labels fill every bucket.</summary>
internal sealed class ChartData
{
    private readonly LineChart _chart;

    public ChartData(LineChart chart)
    {
        _chart = chart;
        Values = chart.Series.Select(s => s.Values.Select(v => double.IsFinite(v) ? v : 0).ToArray()).ToArray();
        Count = Math.Max(chart.Labels.Count, Values.Length == 0 ? 0 : Values.Max(v => v.Length));
    }

    /// <summary>The number of buckets along the x axis.</summary>
    public int Count { get; }

    /// <summary>Per series, its finite values (a series may have fewer than <see cref="Count"/>).</summary>
    public double[][] Values { get; }

    /// <summary>Whether no series has any value.</summary>
    public bool IsEmpty => Values.All(v => v.Length == 0);

    /// <summary>Where the dashed part starts: a bucket index, or <see cref="Count"/> when nothing is in progress.</summary>
    public int IncompleteFrom => _chart.IncompleteFrom is { } from ? Math.Clamp(from, 0, Count) : Count;

    /// <summary>Bucket <paramref name="index"/>'s label, or empty past the last label.</summary>
    public string Label(int index) => index < _chart.Labels.Count ? _chart.Labels[index] ?? "" : "";

    /// <summary>The lowest and highest value, and whether every value is a whole number.</summary>
    public (double Low, double High, bool WholeNumbers) Range()
    {
        var all = Values.SelectMany(v => v).ToArray();
        return all.Length == 0
            ? (0, 0, true)
            : (all.Min(), all.Max(), all.All(v => Math.Abs(v) < 1e15 && v == Math.Floor(v)));
    }
}
