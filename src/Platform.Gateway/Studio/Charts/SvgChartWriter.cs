using System.Globalization;
using System.Text;
using Platform.Gateway.Pages;

namespace Platform.Gateway.Studio.Charts;

/// <summary>
/// Draws a <see cref="LineChart"/> as an inline <c>&lt;svg&gt;</c> element on the server: y axis with gridlines,
/// thinned x labels, one line per series with a point per bucket whose <c>&lt;title&gt;</c> is its tooltip, a legend,
/// and the bucket still in progress dashed. It needs no script and no <c>style</c> attribute (the studio's
/// Content-Security-Policy allows neither): colours are presentation attributes that studio.css overrides by class.
/// Coordinates use invariant culture with one decimal; all text is escaped.
/// </summary>
public static class SvgChartWriter
{
    private const double CharWidth = 10;
    private const double PlotGap = 10;
    private const double Bottom = 30;
    private const double Right = 28;
    private const int MaxXLabels = 8;
    private const double XLabelSpacing = 80;
    private const string TextColour = "#5f6670";
    private const string GridColour = "#e3e5e8";

    private static readonly string[] s_palette = ["#2451b7", "#d9480f", "#2b8a3e", "#862e9c"];

    /// <summary>The chart as an <c>&lt;svg&gt;</c> element that fills its container's width.</summary>
    /// <param name="chart">What to draw.</param>
    /// <param name="width">The width of the view box (the drawing scales to the container).</param>
    /// <param name="height">The height of the view box.</param>
    public static string Render(LineChart chart, int width = 800, int height = 260)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 200);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 120);

        var data = new ChartData(chart);
        var (low, high, whole) = data.Range();
        var scale = NiceScale.For(low, high, whole);
        var tickLabels = scale.Ticks.Select(chart.FormatValue).ToArray();
        var left = Math.Max(36, 14 + (CharWidth * tickLabels.Max(t => t.Length)));
        var legend = ChartLegend.Layout(LegendNames(chart, data), left, width - Right, CharWidth);
        var top = Math.Min(legend.Bottom + PlotGap, height - Bottom - 40);
        var frame = new Frame(left, top, width - Right, height - Bottom, scale, data.Count);
        var id = ElementId(chart);

        var svg = new HtmlWriter();
        svg.Raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\"")
            .Attr("aria-labelledby", $"{id}-title {id}-desc")
            .Attr("viewBox", string.Create(CultureInfo.InvariantCulture, $"0 0 {width} {height}"))
            .Raw(" width=\"100%\" preserveAspectRatio=\"xMidYMid meet\" font-size=\"12\"")
            .Attr("font-family", "system-ui, sans-serif")
            .Raw("><title").Attr("id", $"{id}-title").Raw(">").Text(chart.Title).Raw("</title>")
            .Raw("<desc").Attr("id", $"{id}-desc").Raw(">").Text(chart.Description ?? ChartSummary.Describe(chart, data)).Raw("</desc>");

        WriteYAxis(svg, frame, scale, tickLabels);
        WriteXAxis(svg, frame, data);
        if (data.IsEmpty)
        {
            svg.Raw("<text class=\"empty\"").Attr("x", Num((frame.X0 + frame.X1) / 2)).Attr("y", Num((frame.Y0 + frame.Y1) / 2))
                .Raw(" text-anchor=\"middle\"").Attr("fill", TextColour).Raw(">").Text(chart.EmptyText).Raw("</text>");
        }

        for (var s = 0; s < chart.Series.Count; s++)
        {
            WriteSeries(svg, chart, data, frame, s);
        }

        WriteLegend(svg, chart, legend);
        return svg.Raw("</svg>").ToString();
    }

    private static void WriteYAxis(HtmlWriter svg, Frame frame, NiceScale scale, string[] tickLabels)
    {
        svg.Raw("<g class=\"axis axis-y\">");
        for (var i = 0; i <= scale.Intervals; i++)
        {
            var y = Num(frame.Y(scale.Tick(i)));
            svg.Raw("<line class=\"grid\"").Attr("x1", Num(frame.X0)).Attr("x2", Num(frame.X1)).Attr("y1", y).Attr("y2", y)
                .Attr("stroke", GridColour).Raw(" stroke-width=\"1\"/>");
            svg.Raw("<text class=\"tick\"").Attr("x", Num(frame.X0 - 6)).Attr("y", y)
                .Raw(" text-anchor=\"end\" dominant-baseline=\"middle\"").Attr("fill", TextColour).Raw(">")
                .Text(tickLabels[i]).Raw("</text>");
        }

        svg.Raw("</g>");
    }

    private static void WriteXAxis(HtmlWriter svg, Frame frame, ChartData data)
    {
        svg.Raw("<g class=\"axis axis-x\">");
        svg.Raw("<line class=\"baseline\"").Attr("x1", Num(frame.X0)).Attr("x2", Num(frame.X1))
            .Attr("y1", Num(frame.Y1)).Attr("y2", Num(frame.Y1)).Attr("stroke", TextColour).Raw(" stroke-width=\"1\"/>");
        var shown = Math.Clamp((int)((frame.X1 - frame.X0) / XLabelSpacing), 2, MaxXLabels);
        var stride = Math.Max(1, (data.Count + shown - 1) / shown);
        for (var i = 0; i < data.Count; i += stride)
        {
            svg.Raw("<text class=\"tick\"").Attr("x", Num(frame.X(i))).Attr("y", Num(frame.Y1 + 20))
                .Raw(" text-anchor=\"middle\"").Attr("fill", TextColour).Raw(">").Text(data.Label(i)).Raw("</text>");
        }

        svg.Raw("</g>");
    }

    private static void WriteSeries(HtmlWriter svg, LineChart chart, ChartData data, Frame frame, int s)
    {
        var values = data.Values[s];
        var count = Math.Min(values.Length, data.Count);
        var incomplete = Math.Min(data.IncompleteFrom, count);
        svg.Raw("<g").Attr("class", $"series {chart.Series[s].CssClass}").Attr("color", s_palette[s % s_palette.Length]).Raw(">");

        // The complete part solid, and from the last complete point into the first incomplete one on, dashed.
        WriteLine(svg, frame, values, 0, incomplete, dashed: false);
        WriteLine(svg, frame, values, Math.Max(0, incomplete - 1), count, dashed: true);

        for (var i = 0; i < count; i++)
        {
            var x = Num(frame.X(i));
            var y = Num(frame.Y(values[i]));
            var open = i >= incomplete;
            svg.Raw(open ? "<g class=\"point incomplete\">" : "<g class=\"point\">")
                .Raw("<circle class=\"hit\"").Attr("cx", x).Attr("cy", y).Raw(" r=\"9\" fill=\"none\" pointer-events=\"all\"/>")
                .Raw("<circle class=\"dot\"").Attr("cx", x).Attr("cy", y)
                .Raw(open ? " r=\"3\" fill=\"#fff\" stroke=\"currentColor\" stroke-width=\"1.5\"/>" : " r=\"3\" fill=\"currentColor\"/>")
                .Raw("<title>").Text(ChartSummary.PointTitle(chart, data, s, i)).Raw("</title></g>");
        }

        svg.Raw("</g>");
    }

    private static void WriteLine(HtmlWriter svg, Frame frame, double[] values, int from, int to, bool dashed)
    {
        if (to - from < 2)
        {
            return;
        }

        var points = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            points.Append(i == from ? "" : " ").Append(Num(frame.X(i))).Append(',').Append(Num(frame.Y(values[i])));
        }

        svg.Raw(dashed ? "<polyline class=\"line incomplete\"" : "<polyline class=\"line\"")
            .Attr("points", points.ToString())
            .Raw(" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" stroke-linejoin=\"round\" stroke-linecap=\"round\"")
            .Raw(dashed ? " stroke-dasharray=\"5 4\"/>" : "/>");
    }

    private static IEnumerable<string> LegendNames(LineChart chart, ChartData data)
    {
        foreach (var series in chart.Series)
        {
            yield return series.Name;
        }

        if (data.IncompleteFrom < data.Count && !data.IsEmpty)
        {
            yield return chart.IncompleteLabel;
        }
    }

    private static void WriteLegend(HtmlWriter svg, LineChart chart, ChartLegend legend)
    {
        svg.Raw("<g class=\"legend\">");
        for (var i = 0; i < legend.Keys.Count; i++)
        {
            var (name, x, y) = legend.Keys[i];
            var isSeries = i < chart.Series.Count;
            svg.Raw("<g")
                .Attr("class", isSeries ? $"legend-item {chart.Series[i].CssClass}" : "legend-item legend-incomplete")
                .Attr("color", isSeries ? s_palette[i % s_palette.Length] : TextColour)
                .Raw("><line").Attr("x1", Num(x)).Attr("x2", Num(ChartLegend.LineEnd(x))).Attr("y1", Num(y)).Attr("y2", Num(y))
                .Raw(" stroke=\"currentColor\" stroke-width=\"2\"").Raw(isSeries ? "/>" : " stroke-dasharray=\"5 4\"/>")
                .Raw("<text").Attr("x", Num(ChartLegend.TextX(x))).Attr("y", Num(y)).Raw(" dominant-baseline=\"middle\"")
                .Attr("fill", TextColour).Raw(">").Text(name).Raw("</text></g>");
        }

        svg.Raw("</g>");
    }

    /// <summary>The chart's id prefix: the caller's if it is a safe id, else one derived from the title.</summary>
    private static string ElementId(LineChart chart)
    {
        if (chart.Id is { Length: > 0 } id && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') && char.IsAsciiLetter(id[0]))
        {
            return id;
        }

        var hash = 2166136261u;
        foreach (var c in chart.Title ?? "")
        {
            hash = (hash ^ c) * 16777619u;
        }

        return string.Create(CultureInfo.InvariantCulture, $"chart-{hash:x8}");
    }

    private static string Num(double value) => SvgNumber.Format(value);

    /// <summary>The plot area and the mapping from bucket index and value to coordinates.</summary>
    private sealed record Frame(double X0, double Y0, double X1, double Y1, NiceScale Scale, int Count)
    {
        public double X(int index) => Count <= 1 ? (X0 + X1) / 2 : X0 + ((X1 - X0) * index / (Count - 1));

        public double Y(double value) => Y1 - ((Y1 - Y0) * (value - Scale.Min) / (Scale.Max - Scale.Min));
    }
}
