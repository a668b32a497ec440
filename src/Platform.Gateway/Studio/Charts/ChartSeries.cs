namespace Platform.Gateway.Studio.Charts;

/// <summary>One line of a <see cref="LineChart"/>.</summary>
/// <param name="Name">The series' name, shown in the legend and tooltips (e.g. "Visitors").</param>
/// <param name="Values">One value per label of the chart; missing trailing values draw no point, and values that are
/// not finite numbers are drawn as 0.</param>
/// <param name="CssClass">The class that colours the series (e.g. <c>series-visitors</c>); studio.css sets its
/// <c>color</c>, which the line and points use.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values, string CssClass);
