using System.Globalization;
using System.Text;
using Platform.Blogging.Analytics;
using Platform.Gateway.Analytics.Stats;
using Platform.Gateway.Studio.Charts;
using static Platform.Gateway.Studio.StudioHtml;

namespace Platform.Gateway.Studio;

/// <summary>
/// The analytics dashboard: period picker, top figures with their change, the visitors and pageviews chart (SVG
/// drawn here, no script needed), the breakdown panels (a row's link adds it as a filter), filters, live visitors
/// and the CSV export. Every figure is the Stats API's, for the same period and filters.
/// </summary>
internal static class DashboardPage
{
    public static string Render(string blog, DashboardView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var t = view.Text;
        var html = new StringBuilder(32 * 1024);
        var baseUrl = "/studio/" + Uri.EscapeDataString(blog) + "/analytics";
        html.Append("<div class=\"dash-head\"><h1>").Append(E(view.Settings.Title)).Append(" · ").Append(E(t.Analytics)).Append("</h1>")
            .Append("<p class=\"live\"><span class=\"dot\" aria-hidden=\"true\"></span>").Append(E(t.VisitorsNow)).Append(": <strong id=\"realtime\" data-realtime=\"")
            .Append(E(baseUrl + "/realtime")).Append("\" aria-live=\"polite\">").Append(view.Realtime.ToString("N0", t.Culture)).Append("</strong></p></div>");

        Periods(html, view, baseUrl, t);
        FilterList(html, view, baseUrl, t);
        Cards(html, view, t);
        Chart(html, view, t);
        html.Append("<div class=\"columns\">");
        foreach (var (title, property, rows) in view.Panels)
        {
            Panel(html, view, baseUrl, t, title, property, rows);
        }

        html.Append("</div><p class=\"export\"><a class=\"button\" href=\"").Append(E(baseUrl + "/export" + Query(view.Range, view.Filters))).Append("\" download>")
            .Append(E(t.ExportCsv)).Append("</a> <span class=\"zone\">").Append(E(t.TimesIn(view.Settings.TimeZone))).Append("</span></p>");
        return html.ToString();
    }

    /// <summary>The query string of a period and filters.</summary>
    public static string Query(StatsRange range, IReadOnlyList<AnalyticsFilter> filters)
    {
        ArgumentNullException.ThrowIfNull(range);
        var query = range.Period == "custom"
            ? $"?period=custom&date={range.First:yyyy-MM-dd},{range.Last:yyyy-MM-dd}"
            : $"?period={range.Period}&date={range.Last:yyyy-MM-dd}";
        if (range.Period is "month" or "6mo" or "12mo")
        {
            query = $"?period={range.Period}&date={range.First:yyyy-MM-dd}";
        }

        return filters.Count == 0 ? query : query + "&filters=" + Uri.EscapeDataString(StatsFilters.Format(filters));
    }

    private static void Periods(StringBuilder html, DashboardView view, string baseUrl, StudioText t)
    {
        html.Append("<nav class=\"periods\" aria-label=\"").Append(E(t.Period)).Append("\"><ul>");
        foreach (var period in new[] { "day", "7d", "30d", "month", "6mo", "12mo" })
        {
            var range = StatsRange.Parse(period, view.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), view.Today);
            var current = view.Range.Period == period && view.Range.Last >= view.Today;
            html.Append("<li><a href=\"").Append(E(baseUrl + Query(range, view.Filters))).Append('"').Append(current ? " aria-current=\"page\"" : "")
                .Append('>').Append(E(t.PeriodName(period))).Append("</a></li>");
        }

        html.Append("</ul><form method=\"get\" action=\"").Append(E(baseUrl)).Append("\" class=\"custom-period\">")
            .Append("<input type=\"hidden\" name=\"period\" value=\"custom\">");
        if (view.Filters.Count > 0)
        {
            html.Append("<input type=\"hidden\" name=\"filters\" value=\"").Append(E(StatsFilters.Format(view.Filters))).Append("\">");
        }

        html.Append("<label for=\"from\">").Append(E(t.From)).Append("</label><input type=\"date\" id=\"from\" name=\"from\" required value=\"")
            .Append(view.Range.First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\">")
            .Append("<label for=\"to\">").Append(E(t.To)).Append("</label><input type=\"date\" id=\"to\" name=\"to\" required value=\"")
            .Append(view.Range.Last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\">")
            .Append("<button type=\"submit\">").Append(E(t.Apply)).Append("</button></form></nav>")
            .Append("<p class=\"range\">").Append(E(t.PeriodName(view.Range.Period))).Append(": ")
            .Append(view.Range.First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(" – ")
            .Append(view.Range.Last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</p>");
    }

    private static void FilterList(StringBuilder html, DashboardView view, string baseUrl, StudioText t)
    {
        if (view.Filters.Count == 0)
        {
            return;
        }

        html.Append("<section class=\"filters\" aria-label=\"").Append(E(t.Filters)).Append("\"><h2>").Append(E(t.Filters)).Append("</h2><ul>");
        foreach (var filter in view.Filters)
        {
            var rest = view.Filters.Where(f => !ReferenceEquals(f, filter)).ToList();
            html.Append("<li><span class=\"filter\">").Append(E(StatsProperty.Name(filter.Property))).Append(filter.Negated ? " ≠ " : " = ")
                .Append(E(string.Join(" | ", filter.Values))).Append("</span> <a href=\"").Append(E(baseUrl + Query(view.Range, rest)))
                .Append("\" aria-label=\"").Append(E(t.RemoveFilter)).Append("\">×</a></li>");
        }

        html.Append("</ul></section>");
    }

    private static void Cards(StringBuilder html, DashboardView view, StudioText t)
    {
        html.Append("<section class=\"stats\" aria-label=\"").Append(E(t.Analytics)).Append("\">");
        Card(html, t, "visitors", t.Visitors, view, t.VisitorsNote);
        Card(html, t, "visits", t.Visits, view, null);
        Card(html, t, "pageviews", t.Pageviews, view, null);
        Card(html, t, "views_per_visit", t.ViewsPerVisit, view, null);
        Card(html, t, "bounce_rate", t.BounceRate, view, null);
        Card(html, t, "visit_duration", t.VisitDuration, view, null);
        html.Append("</section>");
    }

    private static void Card(StringBuilder html, StudioText t, string metric, string label, DashboardView view, string? note)
    {
        var value = Convert.ToDouble(StatsMetric.Value(view.Current, metric), CultureInfo.InvariantCulture);
        var before = Convert.ToDouble(StatsMetric.Value(view.Previous, metric), CultureInfo.InvariantCulture);
        var change = StatsMetric.Change(metric, before, value);
        var good = metric == "bounce_rate" ? change < 0 : change > 0;
        var unit = metric == "bounce_rate" ? (t.Korean ? "%p" : " pts") : "%";
        // The arrow is drawn by the stylesheet; the words say which way for screen readers.
        var direction = change > 0 ? (t.Korean ? "증가" : "up") : change < 0 ? (t.Korean ? "감소" : "down") : (t.Korean ? "변화 없음" : "no change");
        html.Append("<div class=\"stat\" data-metric=\"").Append(metric).Append("\"><h2 class=\"label\">").Append(E(label)).Append("</h2><p class=\"value\">")
            .Append(E(Format(metric, value, t.Culture))).Append("</p><p class=\"change ").Append(change == 0 ? "flat" : good ? "up" : "down").Append("\">")
            .Append("<span class=\"visually-hidden\">").Append(E(direction)).Append(' ').Append("</span>")
            .Append(E(Math.Abs(change).ToString("0.#", t.Culture))).Append(unit).Append(' ')
            .Append("<span class=\"muted\">").Append(E(t.VersusPrevious)).Append("</span></p>");
        if (note is not null)
        {
            html.Append("<p class=\"note\">").Append(E(note)).Append("</p>");
        }

        html.Append("</div>");
    }

    private static string Format(string metric, double value, CultureInfo culture) => metric switch
    {
        "bounce_rate" => value.ToString("0", culture) + "%",
        "visit_duration" => value >= 60 ? $"{(long)value / 60}m {(long)value % 60:00}s" : $"{value:0}s",
        "views_per_visit" => value.ToString("0.##", culture),
        _ => value.ToString("N0", culture),
    };

    private static void Chart(StringBuilder html, DashboardView view, StudioText t)
    {
        var groups = view.Series.Groups;
        var labels = groups.Select(g => Label(g.Key, view.Interval)).ToList();
        var incomplete = groups.Select((g, i) => (g, i)).FirstOrDefault(p => IsCurrent(p.g.Key, view.Interval, view.Today)).i;
        var chart = new LineChart(
            t.Chart,
            labels,
            [
                new ChartSeries(t.Visitors, [.. groups.Select(g => (double)g.Counts.Visitors)], "series-visitors"),
                new ChartSeries(t.Pageviews, [.. groups.Select(g => (double)g.Counts.Pageviews)], "series-pageviews"),
            ],
            v => v.ToString("N0", t.Culture))
        {
            IncompleteFrom = incomplete > 0 && IsCurrent(groups[incomplete].Key, view.Interval, view.Today) ? incomplete : null,
            IncompleteLabel = t.Korean ? "집계 중" : "In progress",
            EmptyText = t.NoData,
            Id = "traffic",
        };

        // Two drawings of the same data: the stylesheet shows the narrow one on a phone, where the wide one's text would be tiny.
        html.Append("<section class=\"card\" aria-label=\"").Append(E(t.Chart)).Append("\"><div class=\"chart-wide\">").Append(SvgChartWriter.Render(chart))
            .Append("</div><div class=\"chart-narrow\">").Append(SvgChartWriter.Render(chart with { Id = "traffic-narrow" }, 400, 300)).Append("</div></section>");
    }

    private static bool IsCurrent(string key, AnalyticsInterval interval, DateOnly today) => interval switch
    {
        AnalyticsInterval.Month => key.StartsWith(today.ToString("yyyy-MM", CultureInfo.InvariantCulture), StringComparison.Ordinal),
        AnalyticsInterval.Day => key == today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => false,
    };

    private static string Label(string key, AnalyticsInterval interval) => interval switch
    {
        AnalyticsInterval.Hour => key.Length >= 16 ? key[11..16] : key,
        AnalyticsInterval.Month => key.Length >= 7 ? key[..7] : key,
        _ => key.Length >= 10 ? key[5..10] : key,
    };

    private static void Panel(StringBuilder html, DashboardView view, string baseUrl, StudioText t, string title, AnalyticsProperty property, AnalyticsResult rows)
    {
        var id = "panel-" + StatsProperty.ResultKey(property);
        html.Append("<section class=\"card panel\" aria-labelledby=\"").Append(id).Append("\"><h2 id=\"").Append(id).Append("\">").Append(E(title)).Append("</h2>");
        if (rows.Groups.Count == 0)
        {
            html.Append("<p class=\"muted\">").Append(E(t.NoData)).Append("</p></section>");
            return;
        }

        var top = Math.Max(1, rows.Groups.Max(g => g.Counts.Visitors));
        html.Append("<table class=\"breakdown\"><thead><tr><th scope=\"col\">").Append(E(t.Name)).Append("</th><th scope=\"col\" class=\"num\">").Append(E(t.Visitors))
            .Append("</th><th scope=\"col\" class=\"num\">").Append(E(t.Pageviews)).Append("</th></tr></thead><tbody>");
        foreach (var group in rows.Groups)
        {
            var filters = view.Filters.Where(f => f.Property != property).Append(new AnalyticsFilter(property, false, [group.Key])).ToList();
            html.Append("<tr><td class=\"name\"><meter min=\"0\" max=\"").Append(top).Append("\" value=\"").Append(group.Counts.Visitors)
                .Append("\" aria-hidden=\"true\"></meter><a href=\"").Append(E(baseUrl + Query(view.Range, filters))).Append("\" title=\"").Append(E(t.FilterBy)).Append("\">")
                .Append(E(group.Key)).Append("</a></td><td class=\"num\">").Append(group.Counts.Visitors.ToString("N0", t.Culture))
                .Append("</td><td class=\"num\">").Append(group.Counts.Pageviews.ToString("N0", t.Culture)).Append("</td></tr>");
        }

        html.Append("</tbody></table></section>");
    }
}
