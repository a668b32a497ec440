using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Platform.Gateway.Studio.Charts;
using static Platform.Gateway.Tests.Studio.ChartSamples;

namespace Platform.Gateway.Tests.Studio;

/// <summary>The SVG line chart: well-formed, accessible, one tooltip per point, safe under a strict CSP and any culture.</summary>
public sealed partial class SvgChartWriterTests
{
    [Fact]
    public void The_chart_is_an_accessible_svg_image_named_by_its_title_and_summary()
    {
        var root = Parse(SvgChartWriter.Render(Visitors(3, 120, 7)));

        root.Name.Should().Be(Svg + "svg");
        ((string?)root.Attribute("role")).Should().Be("img");
        ((string?)root.Attribute("viewBox")).Should().Be("0 0 800 260");
        ((string?)root.Attribute("width")).Should().Be("100%");
        root.Attribute("preserveAspectRatio").Should().NotBeNull();
        var ids = ((string)root.Attribute("aria-labelledby")!).Split(' ');
        ids.Should().HaveCount(2);
        var title = root.Elements(Svg + "title").Single();
        var desc = root.Elements(Svg + "desc").Single();
        ((string?)title.Attribute("id")).Should().Be(ids[0]);
        ((string?)desc.Attribute("id")).Should().Be(ids[1]);
        title.Value.Should().Be("Visitors");
        desc.Value.Should().Be("Visitors: total 130; peak 120 on Mar 2");
    }

    [Fact]
    public void Every_value_is_a_point_with_its_own_tooltip_in_each_series()
    {
        var chart = new LineChart(
            "Traffic",
            Days(5),
            [
                new ChartSeries("Visitors", [1, 2, 3, 4, 5], "series-visitors"),
                new ChartSeries("Page views", [10, 20, 30, 40, 1234], "series-pageviews"),
            ],
            Count);

        var root = Parse(SvgChartWriter.Render(chart));

        var visitors = root.WithClass("g", "series-visitors").Single(g => ((string)g.Attribute("class")!).StartsWith("series", StringComparison.Ordinal));
        var points = visitors.WithClass("g", "point").ToList();
        points.Should().HaveCount(5);
        points.Select(p => p.Element(Svg + "title")!.Value).Should().Equal(
            "Mar 1 · Visitors: 1", "Mar 2 · Visitors: 2", "Mar 3 · Visitors: 3", "Mar 4 · Visitors: 4", "Mar 5 · Visitors: 5");
        root.WithClass("g", "point").Should().HaveCount(10);
        root.WithClass("g", "point").Select(p => p.Element(Svg + "title")).Should().OnlyContain(t => t != null);
        root.WithClass("g", "point").Last().Element(Svg + "title")!.Value.Should().Be("Mar 5 · Page views: 1,234");
        root.WithClass("polyline", "line").Should().HaveCount(2);
        root.WithClass("g", "legend-item").Select(g => g.Element(Svg + "text")!.Value).Should().Equal("Visitors", "Page views");
    }

    [Fact]
    public void Y_ticks_are_nice_numbers_from_zero_with_a_gridline_each()
    {
        var root = Parse(SvgChartWriter.Render(Visitors(3, 120, 7, 88)));

        var axis = root.WithClass("g", "axis-y").Single();
        axis.Elements(Svg + "text").Select(t => t.Value).Should().Equal("0", "50", "100", "150");
        axis.WithClass("line", "grid").Should().HaveCount(4);
    }

    [Fact]
    public void At_most_eight_x_labels_are_shown_and_the_first_is_one_of_them()
    {
        var root = Parse(SvgChartWriter.Render(Visitors(Enumerable.Range(0, 31).Select(i => (double)i).ToArray())));

        var labels = root.WithClass("g", "axis-x").Single().Elements(Svg + "text").Select(t => t.Value).ToList();
        labels.Should().HaveCountLessThanOrEqualTo(8).And.HaveCountGreaterThanOrEqualTo(6);
        labels[0].Should().Be("Mar 1");
        root.WithClass("g", "point").Should().HaveCount(31, "every bucket keeps its point and tooltip");
    }

    [Fact]
    public void A_narrow_chart_shows_fewer_x_labels_and_wraps_its_legend_inside_the_view_box()
    {
        var chart = new LineChart(
            "Traffic",
            Days(30),
            [
                new ChartSeries("Visitors", Enumerable.Repeat(5.0, 30).ToArray(), "series-visitors"),
                new ChartSeries("Page views", Enumerable.Repeat(9.0, 30).ToArray(), "series-pageviews"),
            ],
            Count) { IncompleteFrom = 29 };

        var root = Parse(SvgChartWriter.Render(chart, width: 400, height: 300));

        root.WithClass("g", "axis-x").Single().Elements(Svg + "text").Should().HaveCountLessThanOrEqualTo(4);
        var keys = root.WithClass("g", "legend-item").Select(g => g.Element(Svg + "text")!).ToList();
        keys.Select(t => t.Value).Should().Equal("Visitors", "Page views", "In progress");
        keys.Select(t => (string)t.Attribute("y")!).Distinct().Should().HaveCount(2, "the third key wraps to a second row");
        keys.Should().OnlyContain(t => double.Parse((string)t.Attribute("x")!, CultureInfo.InvariantCulture) + (10 * t.Value.Length) <= 400);
        var legendBottom = keys.Max(t => double.Parse((string)t.Attribute("y")!, CultureInfo.InvariantCulture));
        var topGridline = root.WithClass("line", "grid").Min(l => double.Parse((string)l.Attribute("y1")!, CultureInfo.InvariantCulture));
        topGridline.Should().BeGreaterThan(legendBottom, "the plot starts below the legend");
    }

    [Fact]
    public void The_bucket_in_progress_is_dashed_with_a_hollow_point_and_a_legend_key()
    {
        var chart = Visitors(5, 6, 7, 2) with { IncompleteFrom = 3 };

        var root = Parse(SvgChartWriter.Render(chart));

        var solid = root.Descendants(Svg + "polyline").Single(p => p.Attribute("stroke-dasharray") is null);
        var dashed = root.Descendants(Svg + "polyline").Single(p => p.Attribute("stroke-dasharray") is not null);
        ((string)solid.Attribute("points")!).Split(' ').Should().HaveCount(3);
        ((string)dashed.Attribute("points")!).Split(' ').Should().HaveCount(2, "from the last complete point into the incomplete one");
        ((string)dashed.Attribute("points")!).Split(' ')[0].Should().Be(((string)solid.Attribute("points")!).Split(' ')[2]);
        root.WithClass("g", "incomplete").Should().HaveCount(1);
        root.WithClass("g", "legend-incomplete").Single().Value.Should().Be("In progress");
    }

    [Fact]
    public void Without_an_incomplete_bucket_nothing_is_dashed()
    {
        var root = Parse(SvgChartWriter.Render(Visitors(5, 6, 7) with { IncompleteFrom = 3 }));

        root.Descendants(Svg + "polyline").Should().ContainSingle().Which.Attribute("stroke-dasharray").Should().BeNull();
        root.WithClass("g", "legend-incomplete").Should().BeEmpty();
    }

    public static TheoryData<string, LineChart> EdgeCases() => new()
    {
        { "no labels and no series", new LineChart("Empty", [], [], Count) },
        { "labels but no values", Visitors() with { Labels = Days(7) } },
        { "all zero", Visitors(0, 0, 0, 0) },
        { "one point", Visitors(42) },
        { "one point in progress", Visitors(42) with { IncompleteFrom = 0 } },
        { "not finite values", Visitors(double.NaN, double.PositiveInfinity, double.NegativeInfinity, 4) },
        { "huge values", Visitors(1e300, 2e300) },
        { "tiny fractions", Visitors(0.001, 0.0025) },
        { "negative values", Visitors(-5, 3, -12) },
        { "an incomplete index past the end", Visitors(1, 2) with { IncompleteFrom = 10 } },
        { "a negative incomplete index", Visitors(1, 2) with { IncompleteFrom = -3 } },
        { "more values than labels", Visitors(1, 2, 3) with { Labels = Days(1) } },
    };

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Edge_cases_draw_well_formed_svg_without_nan_or_infinity(string name, LineChart chart)
    {
        var svg = SvgChartWriter.Render(chart);

        var root = Parse(svg);
        svg.Should().NotContain("NaN", name).And.NotContain("Infinity", name).And.NotContain("∞", name);
        foreach (var value in NumericAttributes(root))
        {
            value.Should().MatchRegex(CoordinatePattern(), name);
        }

        root.WithClass("g", "axis-y").Single().Elements(Svg + "text").Should().HaveCountGreaterThanOrEqualTo(2, name);
    }

    [Fact]
    public void An_empty_chart_says_so_in_the_plot_and_the_summary()
    {
        var root = Parse(SvgChartWriter.Render(new LineChart("Visitors", [], [new ChartSeries("Visitors", [], "series-visitors")], Count)));

        root.WithClass("text", "empty").Single().Value.Should().Be("No data");
        root.Element(Svg + "desc")!.Value.Should().Be("No data");
        root.WithClass("g", "point").Should().BeEmpty();
        root.Descendants(Svg + "polyline").Should().BeEmpty();
    }

    [Theory]
    [InlineData("ko-KR")]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    public void Coordinates_use_invariant_decimals_with_one_decimal_whatever_the_culture(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            var root = Parse(SvgChartWriter.Render(Visitors(3, 7, 11, 2, 5, 9, 13), width: 777, height: 233));

            var values = NumericAttributes(root).ToList();
            values.Should().NotBeEmpty().And.OnlyContain(v => CoordinatePattern().IsMatch(v));
            values.Should().Contain(v => v.Contains('.'), "some coordinates are fractional");
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void Nothing_needs_a_style_attribute_or_a_script()
    {
        var svg = SvgChartWriter.Render(Visitors(1, 5, 3) with { IncompleteFrom = 2 });

        svg.Should().NotContain("style=").And.NotContain("<script");
        Parse(svg).DescendantsAndSelf().Should().OnlyContain(e => e.Attribute("style") == null && e.Name.LocalName != "script" && e.Name.LocalName != "style");
    }

    [Fact]
    public void Text_is_escaped_everywhere()
    {
        const string Hostile = "<script>alert(1)</script> & \"quotes\" 'too'";
        var chart = new LineChart(
            Hostile,
            [Hostile, "Mar 2"],
            [new ChartSeries(Hostile, [1, 2], "series-visitors\" onload=\"x")],
            v => Hostile) with { IncompleteLabel = Hostile };

        var svg = SvgChartWriter.Render(chart with { IncompleteFrom = 1 });

        svg.Should().NotContain("<script").And.NotContain("\" onload=\"");
        var root = Parse(svg);
        root.Element(Svg + "title")!.Value.Should().Be(Hostile);
        root.Descendants(Svg + "title").Skip(1).First().Value.Should().StartWith(Hostile);
        root.Descendants().Attributes().Should().NotContain(a => a.Name.LocalName == "onload");
        root.Descendants(Svg + "text").Should().Contain(t => t.Value == Hostile);
    }

    [Fact]
    public void A_caller_can_word_the_summary_and_tooltips_and_set_the_ids()
    {
        var chart = Visitors(4, 9) with
        {
            Description = "방문자: 합계 13명",
            PointTitle = (series, i) => $"{i + 1}일: {series.Values[i]}명",
            Id = "visitors-daily",
        };

        var root = Parse(SvgChartWriter.Render(chart));

        root.Element(Svg + "desc")!.Value.Should().Be("방문자: 합계 13명");
        ((string?)root.Attribute("aria-labelledby")).Should().Be("visitors-daily-title visitors-daily-desc");
        root.WithClass("g", "point").Select(p => p.Element(Svg + "title")!.Value).Should().Equal("1일: 4명", "2일: 9명");
    }

    [Fact]
    public void Charts_with_different_titles_get_different_ids()
    {
        var a = Parse(SvgChartWriter.Render(Visitors(1) with { Title = "Visitors" }));
        var b = Parse(SvgChartWriter.Render(Visitors(1) with { Title = "Page views" }));

        ((string?)a.Attribute("aria-labelledby")).Should().NotBe((string?)b.Attribute("aria-labelledby"));
        ((string?)a.Attribute("aria-labelledby")).Should().MatchRegex("^[a-z][a-z0-9-]* [a-z][a-z0-9-]*$");
    }

    [Fact]
    public void Points_map_values_onto_the_plot_top_to_bottom()
    {
        var root = Parse(SvgChartWriter.Render(Visitors(0, 50, 100)));

        var ys = root.WithClass("circle", "dot").Select(c => double.Parse((string)c.Attribute("cy")!, CultureInfo.InvariantCulture)).ToList();
        ys[0].Should().BeGreaterThan(ys[1]);
        ys[1].Should().BeGreaterThan(ys[2]);
        (ys[0] - ys[1]).Should().BeApproximately(ys[1] - ys[2], 0.11);
        var xs = root.WithClass("circle", "dot").Select(c => double.Parse((string)c.Attribute("cx")!, CultureInfo.InvariantCulture)).ToList();
        xs.Should().BeInAscendingOrder();
    }

    private static readonly HashSet<string> s_numeric = ["x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "stroke-width"];

    /// <summary>Every number the drawing is made of: coordinate attributes and each number in <c>points</c>.</summary>
    private static IEnumerable<string> NumericAttributes(XElement root) =>
        root.DescendantsAndSelf().Attributes().SelectMany(a =>
            a.Name.LocalName == "points" ? a.Value.Split(' ', ',')
            : a.Name.LocalName == "viewBox" ? a.Value.Split(' ')
            : s_numeric.Contains(a.Name.LocalName) ? [a.Value]
            : []);

    [GeneratedRegex(@"^-?\d+(\.\d)?$")]
    private static partial Regex CoordinatePattern();
}
