using Platform.Blogging.Analytics;
using Platform.Gateway.Analytics.Stats;

namespace Platform.Gateway.Tests.Analytics;

/// <summary>The Stats API's parameters: Plausible's periods, filter syntax and change rules.</summary>
public sealed class StatsParsingTests
{
    private static readonly DateOnly Today = new(2026, 3, 18);

    [Theory]
    [InlineData(null, null, "2026-02-17", "2026-03-18")]
    [InlineData("day", null, "2026-03-18", "2026-03-18")]
    [InlineData("7d", "2026-03-10", "2026-03-04", "2026-03-10")]
    [InlineData("month", null, "2026-03-01", "2026-03-31")]
    [InlineData("6mo", null, "2025-10-01", "2026-03-31")]
    [InlineData("12mo", "2026-01-15", "2025-02-01", "2026-01-31")]
    [InlineData("custom", "2026-01-01,2026-01-31", "2026-01-01", "2026-01-31")]
    public void Periods_resolve_to_days(string? period, string? date, string first, string last)
    {
        var range = StatsRange.Parse(period, date, Today);
        range.First.Should().Be(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture));
        range.Last.Should().Be(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_previous_period_is_as_long_and_just_before()
    {
        StatsRange.Parse("7d", null, Today).Previous().Should().Be(new StatsRange("7d", new(2026, 3, 5), new(2026, 3, 11)));
        StatsRange.Parse("month", null, Today).Previous().Should().Be(new StatsRange("month", new(2026, 2, 1), new(2026, 2, 28)));
        StatsRange.Parse("custom", "2026-03-01,2026-03-03", Today).Previous().Should().Be(new StatsRange("custom", new(2026, 2, 26), new(2026, 2, 28)));
    }

    [Fact]
    public void Filters_follow_plausibles_syntax()
    {
        var filters = StatsFilters.Parse(@"visit:source==Naver|Google;event:page==/2026/*;visit:utm_campaign==a\|b;visit:country!=KR");
        filters.Should().BeEquivalentTo(new[]
        {
            new AnalyticsFilter(AnalyticsProperty.Source, false, ["Naver", "Google"]),
            new AnalyticsFilter(AnalyticsProperty.Page, false, ["/2026/*"]),
            new AnalyticsFilter(AnalyticsProperty.UtmCampaign, false, ["a|b"]),
            new AnalyticsFilter(AnalyticsProperty.Country, true, ["KR"]),
        }, o => o.WithStrictOrdering());
        StatsFilters.Parse(StatsFilters.Format(filters)).Should().BeEquivalentTo(filters, o => o.WithStrictOrdering());
        filters[1].Accepts("/2026/03/post/").Should().BeTrue();
        filters[1].Accepts("/2025/03/post/").Should().BeFalse();
        filters[3].Accepts("KR").Should().BeFalse();
        filters[3].Accepts("JP").Should().BeTrue();
        new AnalyticsFilter(AnalyticsProperty.Page, false, ["*post*"]).Accepts("/2026/03/post-1/").Should().BeTrue();
        new AnalyticsFilter(AnalyticsProperty.Page, false, ["/a*b*c"]).Accepts("/a-c-b").Should().BeFalse();
    }

    [Theory]
    [InlineData("visit:source")]
    [InlineData("visit:source==")]
    [InlineData("visit:planet==Mars")]
    [InlineData("visit:country!=KR|JP")]
    [InlineData("==x")]
    public void Bad_filters_are_refused(string filters)
    {
        var parse = () => StatsFilters.Parse(filters);
        parse.Should().Throw<StatsInputException>().Which.Parameter.Should().Be("filters");
    }

    [Theory]
    [InlineData("visitors", 0, 0, 0)]
    [InlineData("visitors", 0, 5, 100)]
    [InlineData("visitors", 10, 15, 50)]
    [InlineData("pageviews", 30, 20, -33)]
    [InlineData("bounce_rate", 40, 55, 15)]
    public void Change_is_plausibles(string metric, double before, double now, double change) =>
        StatsMetric.Change(metric, before, now).Should().Be(change);

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("@cmd", "'@cmd")]
    public void Csv_cells_are_quoted_and_formulas_defused(string value, string cell) =>
        StatsCsvExport.Cell(value).Should().Be(cell);
}
