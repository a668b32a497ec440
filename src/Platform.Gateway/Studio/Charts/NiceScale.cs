namespace Platform.Gateway.Studio.Charts;

/// <summary>
/// A y axis of 4 to 6 ticks (for data from 0 up) spaced by a 1, 2 or 5 times a power of ten, always including 0.
/// Ticks are computed as whole multiples of the step, so 0.3 reads 0.3 and not 0.30000000000000004.
/// </summary>
internal sealed class NiceScale
{
    private readonly long _first;
    private readonly int _unit;
    private readonly int _exponent;

    private NiceScale(long first, int intervals, int unit, int exponent)
    {
        _first = first;
        Intervals = intervals;
        _unit = unit;
        _exponent = exponent;
    }

    /// <summary>The number of steps between the lowest and highest tick.</summary>
    public int Intervals { get; }

    /// <summary>The distance between ticks.</summary>
    public double Step => Scale(_unit);

    /// <summary>The lowest tick (0 unless some value is negative).</summary>
    public double Min => Tick(0);

    /// <summary>The highest tick, at or above every value.</summary>
    public double Max => Tick(Intervals);

    /// <summary>The ticks from <see cref="Min"/> to <see cref="Max"/>.</summary>
    public IEnumerable<double> Ticks => Enumerable.Range(0, Intervals + 1).Select(Tick);

    /// <summary>
    /// The scale for values from <paramref name="low"/> to <paramref name="high"/> (both finite). Whole-number data
    /// (counts) gets whole steps and at least 0 to 3, so a quiet day does not read 0, 0.2, 0.4.
    /// </summary>
    public static NiceScale For(double low, double high, bool wholeNumbers)
    {
        low = Math.Min(low, 0);
        high = Math.Max(high, 0);
        if (wholeNumbers && high - low < 3)
        {
            high = low + 3;
        }
        else if (high - low <= 0)
        {
            high = low + 1;
        }

        var raw = (high - low) / 5;
        var exponent = (int)Math.Floor(Math.Log10(raw));
        var residual = raw / Math.Pow(10, exponent);
        var unit = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
        if (unit == 10)
        {
            unit = 1;
            exponent++;
        }

        if (wholeNumbers && exponent < 0)
        {
            unit = 1;
            exponent = 0;
        }

        var step = unit * Math.Pow(10, exponent);
        var first = (long)Math.Floor((low / step) + 1e-9);
        var last = (long)Math.Ceiling((high / step) - 1e-9);
        return new NiceScale(first, (int)Math.Max(1, last - first), unit, exponent);
    }

    /// <summary>Tick <paramref name="index"/>, counted from <see cref="Min"/>.</summary>
    public double Tick(int index) => Scale((_first + index) * _unit);

    private double Scale(double multiple) =>
        _exponent >= 0 ? multiple * Math.Pow(10, _exponent) : multiple / Math.Pow(10, -_exponent);
}
