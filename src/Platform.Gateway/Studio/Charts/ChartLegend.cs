namespace Platform.Gateway.Studio.Charts;

/// <summary>Where the legend's keys go: left to right from the plot's left edge, wrapping onto more rows when narrow.</summary>
internal sealed class ChartLegend
{
    /// <summary>The height of one row of keys.</summary>
    public const double RowHeight = 20;

    private const double KeyWidth = 24;
    private const double Gap = 18;

    private ChartLegend(IReadOnlyList<(string Name, double X, double Y)> keys, int rows)
    {
        Keys = keys;
        Rows = rows;
    }

    /// <summary>Each key's name and the position of its line's left end (its vertical centre).</summary>
    public IReadOnlyList<(string Name, double X, double Y)> Keys { get; }

    /// <summary>The number of rows the keys take.</summary>
    public int Rows { get; }

    /// <summary>The bottom of the last row.</summary>
    public double Bottom => 4 + (Rows * RowHeight);

    /// <summary>Lays out <paramref name="names"/> between <paramref name="left"/> and <paramref name="right"/>.</summary>
    public static ChartLegend Layout(IEnumerable<string> names, double left, double right, double charWidth)
    {
        var keys = new List<(string, double, double)>();
        var x = left;
        var row = 0;
        foreach (var name in names)
        {
            var width = KeyWidth + (charWidth * name.Length);
            if (x > left && x + width > right)
            {
                row++;
                x = left;
            }

            keys.Add((name, x, 4 + (RowHeight * row) + (RowHeight / 2)));
            x += width + Gap;
        }

        return new ChartLegend(keys, keys.Count == 0 ? 0 : row + 1);
    }

    /// <summary>The x of a key's text, right of its line.</summary>
    public static double TextX(double x) => x + KeyWidth;

    /// <summary>The x of the right end of a key's line.</summary>
    public static double LineEnd(double x) => x + KeyWidth - 6;
}
