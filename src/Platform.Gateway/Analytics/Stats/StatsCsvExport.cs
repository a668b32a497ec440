using System.Globalization;
using System.IO.Compression;
using System.Text;
using Platform.Blogging.Analytics;

namespace Platform.Gateway.Analytics.Stats;

/// <summary>
/// The export: a zip of CSV files, one per report. <c>visitors.csv</c> is the daily series
/// (<c>date,visitors,pageviews,visits,views_per_visit,bounce_rate,visit_duration</c>); each breakdown file is
/// <c>name,visitors,visits,pageviews,bounce_rate,visit_duration</c>, its top 1,000 values. Cells that a spreadsheet
/// would run as a formula are quoted with a leading apostrophe.
/// </summary>
internal static class StatsCsvExport
{
    public static readonly (string File, AnalyticsProperty Property)[] Reports =
    [
        ("pages.csv", AnalyticsProperty.Page),
        ("entry_pages.csv", AnalyticsProperty.EntryPage),
        ("exit_pages.csv", AnalyticsProperty.ExitPage),
        ("sources.csv", AnalyticsProperty.Source),
        ("referrers.csv", AnalyticsProperty.Referrer),
        ("utm_sources.csv", AnalyticsProperty.UtmSource),
        ("utm_mediums.csv", AnalyticsProperty.UtmMedium),
        ("utm_campaigns.csv", AnalyticsProperty.UtmCampaign),
        ("countries.csv", AnalyticsProperty.Country),
        ("devices.csv", AnalyticsProperty.Device),
        ("browsers.csv", AnalyticsProperty.Browser),
        ("operating_systems.csv", AnalyticsProperty.Os),
        ("tags.csv", AnalyticsProperty.Tag),
        ("categories.csv", AnalyticsProperty.Category),
    ];

    public static async Task WriteAsync(Stream output, StatsService stats, string blog, string timeZone, StatsRange range, IReadOnlyList<AnalyticsFilter> filters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stats);
        ArgumentNullException.ThrowIfNull(range);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var series = await stats.QueryAsync(blog, new AnalyticsQuery { First = range.First, Last = range.Last, TimeZone = timeZone, Shape = AnalyticsShape.Timeseries, Interval = AnalyticsInterval.Day, Filters = filters });
            var csv = new StringBuilder("date,visitors,pageviews,visits,views_per_visit,bounce_rate,visit_duration\n");
            foreach (var group in series.Groups)
            {
                var c = group.Counts;
                csv.Append(CultureInfo.InvariantCulture, $"{group.Key},{c.Visitors},{c.Pageviews},{c.Visits},{c.ViewsPerVisit.ToString(CultureInfo.InvariantCulture)},{c.BounceRate},{c.VisitDuration}\n");
            }

            await AddAsync(zip, "visitors.csv", csv.ToString(), cancellationToken);
            foreach (var (file, property) in Reports)
            {
                var result = await stats.QueryAsync(blog, new AnalyticsQuery { First = range.First, Last = range.Last, TimeZone = timeZone, Shape = AnalyticsShape.Breakdown, Property = property, Filters = filters, Limit = 1000 });
                var rows = new StringBuilder("name,visitors,visits,pageviews,bounce_rate,visit_duration\n");
                foreach (var group in result.Groups)
                {
                    var c = group.Counts;
                    rows.Append(Cell(group.Key)).Append(CultureInfo.InvariantCulture, $",{c.Visitors},{c.Visits},{c.Pageviews},{c.BounceRate},{c.VisitDuration}\n");
                }

                await AddAsync(zip, file, rows.ToString(), cancellationToken);
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    /// <summary>A CSV cell: quoted when it holds a comma, quote or line break; a leading <c>= + - @</c> is defused.</summary>
    public static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static async Task AddAsync(ZipArchive zip, string name, string content, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        await using var stream = await entry.OpenAsync(cancellationToken);
        var bytes = Encoding.UTF8.GetBytes(content);
        await stream.WriteAsync(bytes, cancellationToken);
    }
}
