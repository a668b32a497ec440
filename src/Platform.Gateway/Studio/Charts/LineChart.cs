namespace Platform.Gateway.Studio.Charts;

/// <summary>A line chart over time buckets, drawn as inline SVG by <see cref="SvgChartWriter"/>.</summary>
/// <param name="Title">The chart's accessible name (its SVG <c>&lt;title&gt;</c>).</param>
/// <param name="Labels">One label per bucket along the x axis (e.g. "Mar 1" or "14:00"); at most about eight are shown.</param>
/// <param name="Series">The lines, drawn in order (the last on top).</param>
/// <param name="FormatValue">How a value reads on the y axis, in tooltips and in the summary (e.g. "1,234").</param>
public sealed record LineChart(
    string Title,
    IReadOnlyList<string> Labels,
    IReadOnlyList<ChartSeries> Series,
    Func<double, string> FormatValue)
{
    /// <summary>
    /// The first bucket still in progress (today, this hour): the line into it and on from it is dashed and its
    /// points are hollow. Null when every bucket is complete.
    /// </summary>
    public int? IncompleteFrom { get; init; }

    /// <summary>The textual summary for screen readers (the SVG <c>&lt;desc&gt;</c>); null builds one in English from the data.</summary>
    public string? Description { get; init; }

    /// <summary>A point's tooltip from its series and bucket index; null gives "Mar 3 · Visitors: 120".</summary>
    public Func<ChartSeries, int, string>? PointTitle { get; init; }

    /// <summary>The legend's name for the dashed part.</summary>
    public string IncompleteLabel { get; init; } = "In progress";

    /// <summary>The text drawn in the plot when there are no points.</summary>
    public string EmptyText { get; init; } = "No data";

    /// <summary>
    /// The prefix of the SVG's element ids (letters, digits, '-' and '_'), unique on the page; null derives one from
    /// the title, so two charts on one page need different titles or ids.
    /// </summary>
    public string? Id { get; init; }
}
