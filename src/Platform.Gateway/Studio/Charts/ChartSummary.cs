namespace Platform.Gateway.Studio.Charts;

/// <summary>The default words of a chart: its textual summary and its points' tooltips.</summary>
internal static class ChartSummary
{
    /// <summary>E.g. "Visitors: total 1,234; peak 120 on Mar 3. Page views: …", or the chart's empty text.</summary>
    public static string Describe(LineChart chart, ChartData data)
    {
        if (data.IsEmpty)
        {
            return chart.EmptyText;
        }

        var parts = new List<string>();
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var values = data.Values[s];
            if (values.Length == 0)
            {
                continue;
            }

            var name = chart.Series[s].Name;
            var total = chart.FormatValue(values.Sum());
            var peak = Array.IndexOf(values, values.Max());
            parts.Add(values[peak] > 0
                ? $"{name}: total {total}; peak {chart.FormatValue(values[peak])} on {data.Label(peak)}"
                : $"{name}: total {total}");
        }

        return string.Join(". ", parts);
    }

    /// <summary>E.g. "Mar 3 · Visitors: 120".</summary>
    public static string PointTitle(LineChart chart, ChartData data, int series, int index) =>
        chart.PointTitle is { } custom
            ? custom(chart.Series[series], index)
            : $"{data.Label(index)} · {chart.Series[series].Name}: {chart.FormatValue(data.Values[series][index])}";
}
