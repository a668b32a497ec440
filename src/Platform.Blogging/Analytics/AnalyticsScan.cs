using System.Globalization;

namespace Platform.Blogging.Analytics;

/// <summary>
/// Answers a query day by day. Each day, every visit that started in it and passes the filters adds to its groups;
/// a group's visitors that day are the estimate of a HyperLogLog sketch of its visits' registers, and days add up
/// (visitors over several days are the sum of daily uniques). Rows past their cap scale their recorded visits by the
/// row's exact totals. Without filters, a day with stored totals is answered from them.
/// </summary>
internal sealed class AnalyticsScan(AnalyticsQuery query, TimeZoneInfo zone)
{
    private readonly Dictionary<string, Accumulator> _groups = new(StringComparer.Ordinal);
    private readonly HashSet<string> _rolledMonths = new(StringComparer.Ordinal);
    private readonly AnalyticsFilter[] _visitFilters = [.. query.Filters.Where(f => !f.IsEvent)];
    private readonly AnalyticsFilter[] _eventFilters = [.. query.Filters.Where(f => f.IsEvent)];
    private bool _sampled;

    private bool Unfiltered => query.Filters.Count == 0;

    public void Add(DaySource day)
    {
        ArgumentNullException.ThrowIfNull(day);
        if (Unfiltered && query.Shape != AnalyticsShape.Breakdown && query.Interval != AnalyticsInterval.Hour && day.Totals is not null && (day.Rows.Count == 0 || day.RolledUp))
        {
            Group(Key(day.Start, day.Day)).AddTotals(day.Totals);
            return;
        }

        if (day.RolledUp)
        {
            AddRollup(day);
            return;
        }

        var dayGroups = new Dictionary<string, DayGroup>(StringComparer.Ordinal);
        foreach (var row in day.Rows)
        {
            var fv = row.VisitFactor;
            var fp = row.PageviewFactor;
            _sampled |= fv > 1;
            foreach (var visit in row.Visits)
            {
                var start = row.Start.AddSeconds(visit.Start);
                if (start < day.Start || start >= day.End || !PassesVisitFilters(row, visit))
                {
                    continue;
                }

                AddVisit(row, visit, start, day.Day, fv, fp, dayGroups);
            }
        }

        foreach (var (key, group) in dayGroups)
        {
            Group(key).AddDay(group);
        }
    }

    public AnalyticsResult Result()
    {
        if (query.Shape == AnalyticsShape.Aggregate)
        {
            return new AnalyticsResult([new AnalyticsGroup("", (_groups.GetValueOrDefault("") ?? new Accumulator()).Counts())], 1, _sampled);
        }

        if (query.Shape == AnalyticsShape.Timeseries)
        {
            var buckets = Buckets().Select(k => new AnalyticsGroup(k, (_groups.GetValueOrDefault(k) ?? new Accumulator()).Counts())).ToList();
            return new AnalyticsResult(buckets, buckets.Count, _sampled);
        }

        var rows = _groups
            .Select(g => new AnalyticsGroup(g.Key, g.Value.Counts()))
            .OrderByDescending(g => g.Counts.Visitors)
            .ThenByDescending(g => g.Counts.Pageviews)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var page = rows.Skip((query.Page - 1) * query.Limit).Take(query.Limit).ToList();
        return new AnalyticsResult(page, rows.Count, _sampled);
    }

    /// <summary>Every bucket key of the range, in order.</summary>
    public IEnumerable<string> Buckets()
    {
        switch (query.Interval)
        {
            case AnalyticsInterval.Hour:
                for (var d = query.First; d <= query.Last; d = d.AddDays(1))
                {
                    for (var h = 0; h < 24; h++)
                    {
                        yield return HourKey(d, h);
                    }
                }

                break;
            case AnalyticsInterval.Month:
                for (var m = new DateOnly(query.First.Year, query.First.Month, 1); m <= query.Last; m = m.AddMonths(1))
                {
                    yield return MonthKey(m);
                }

                break;
            default:
                for (var d = query.First; d <= query.Last; d = d.AddDays(1))
                {
                    yield return DayKey(d);
                }

                break;
        }
    }

    private static string DayKey(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string MonthKey(DateOnly day) => day.ToString("yyyy-MM-01", CultureInfo.InvariantCulture);

    private static string HourKey(DateOnly day, int hour) => string.Create(CultureInfo.InvariantCulture, $"{DayKey(day)} {hour:00}:00:00");

    private static string Display(AnalyticsProperty property, string name) => property switch
    {
        AnalyticsProperty.Source or AnalyticsProperty.Referrer when name.Length == 0 => "Direct / None",
        AnalyticsProperty.Country when name.Length == 0 => "unknown",
        _ when name.Length == 0 => "(not set)",
        _ => name,
    };

    private static int Field(VisitRecord visit, AnalyticsProperty property) => property switch
    {
        AnalyticsProperty.Source => visit.Source,
        AnalyticsProperty.Referrer => visit.Referrer,
        AnalyticsProperty.UtmSource => visit.UtmSource,
        AnalyticsProperty.UtmMedium => visit.UtmMedium,
        AnalyticsProperty.UtmCampaign => visit.UtmCampaign,
        AnalyticsProperty.Country => visit.Country,
        AnalyticsProperty.Device => visit.Device,
        AnalyticsProperty.Browser => visit.Browser,
        AnalyticsProperty.Os => visit.Os,
        AnalyticsProperty.EntryPage => visit.Entry,
        AnalyticsProperty.ExitPage => visit.Exit,
        _ => 0,
    };

    private string Key(DateTimeOffset start, DateOnly day) => query.Shape switch
    {
        AnalyticsShape.Aggregate => "",
        AnalyticsShape.Timeseries => query.Interval switch
        {
            AnalyticsInterval.Hour => HourKey(day, TimeZoneInfo.ConvertTime(start, zone).Hour),
            AnalyticsInterval.Month => MonthKey(day),
            _ => DayKey(day),
        },
        _ => "",
    };

    private bool PassesVisitFilters(AnalyticsRow row, VisitRecord visit)
    {
        foreach (var filter in _visitFilters)
        {
            if (!filter.Accepts(Display(filter.Property, row.Name(Field(visit, filter.Property)))))
            {
                return false;
            }
        }

        return true;
    }

    private bool PassesEventFilters(AnalyticsRow row, int page)
    {
        foreach (var filter in _eventFilters)
        {
            var accepted = filter.Property switch
            {
                AnalyticsProperty.Page => filter.Accepts(row.Name(page)),
                AnalyticsProperty.Tag => LabelsMatch(row, page, "t:", filter) != filter.Negated,
                _ => LabelsMatch(row, page, "c:", filter) != filter.Negated,
            };
            if (!accepted)
            {
                return false;
            }
        }

        return true;
    }

    private static bool LabelsMatch(AnalyticsRow row, int page, string prefix, AnalyticsFilter filter)
    {
        foreach (var label in row.Labels(page))
        {
            var name = row.Name(label);
            if (name.StartsWith(prefix, StringComparison.Ordinal) && filter.Matches(name[prefix.Length..]))
            {
                return true;
            }
        }

        return false;
    }

    private void AddVisit(AnalyticsRow row, VisitRecord visit, DateTimeOffset start, DateOnly day, double fv, double fp, Dictionary<string, DayGroup> dayGroups)
    {
        List<int>? pages = null;
        if (_eventFilters.Length > 0)
        {
            pages = [.. visit.Pages.Where(p => PassesEventFilters(row, p))];
            if (pages.Count == 0)
            {
                return;
            }
        }

        if (query.Shape != AnalyticsShape.Breakdown)
        {
            DayGroupOf(dayGroups, Key(start, day)).Add(visit, pages?.Count ?? visit.Pageviews, fv, fp);
            return;
        }

        switch (query.Property)
        {
            case AnalyticsProperty.Page:
                foreach (var page in (pages ?? visit.Pages).GroupBy(p => p))
                {
                    DayGroupOf(dayGroups, row.Name(page.Key)).Add(visit, page.Count(), fv, fp);
                }

                break;
            case AnalyticsProperty.Tag or AnalyticsProperty.Category:
                var prefix = query.Property == AnalyticsProperty.Tag ? "t:" : "c:";
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var page in pages ?? visit.Pages)
                {
                    foreach (var label in row.Labels(page))
                    {
                        var name = row.Name(label);
                        if (name.StartsWith(prefix, StringComparison.Ordinal))
                        {
                            counts[name[prefix.Length..]] = counts.GetValueOrDefault(name[prefix.Length..]) + 1;
                        }
                    }
                }

                foreach (var (label, count) in counts)
                {
                    DayGroupOf(dayGroups, label).Add(visit, count, fv, fp);
                }

                break;
            default:
                DayGroupOf(dayGroups, Display(query.Property, row.Name(Field(visit, query.Property)))).Add(visit, pages?.Count ?? visit.Pageviews, fv, fp);
                break;
        }
    }

    private void AddRollup(DaySource day)
    {
        // Past retention only totals and the month's top values remain: unfiltered answers use them, filtered ones cannot.
        if (!Unfiltered || day.Month is null)
        {
            return;
        }

        if (query.Shape != AnalyticsShape.Breakdown)
        {
            if (day.Totals is not null)
            {
                Group(Key(day.Start, day.Day)).AddTotals(day.Totals);
            }

            return;
        }

        var month = MonthKey(day.Day);
        if (!_rolledMonths.Add(month) || !day.Month.Rollup.TryGetValue(query.Property.ToString(), out var values))
        {
            return;
        }

        foreach (var value in values)
        {
            Group(value.Value).AddTotals(value.Totals);
        }
    }

    private Accumulator Group(string key)
    {
        if (!_groups.TryGetValue(key, out var group))
        {
            group = new Accumulator();
            _groups[key] = group;
        }

        return group;
    }

    private static DayGroup DayGroupOf(Dictionary<string, DayGroup> groups, string key)
    {
        if (!groups.TryGetValue(key, out var group))
        {
            group = new DayGroup();
            groups[key] = group;
        }

        return group;
    }

    /// <summary>A group's counts within one day, with its visitors' sketch.</summary>
    private sealed class DayGroup
    {
        public readonly VisitorSketch Sketch = new();
        public double Visits;
        public double Pageviews;
        public double Bounces;
        public double Duration;
        public long RawVisits;

        public void Add(VisitRecord visit, int pageviews, double fv, double fp)
        {
            Visits += fv;
            Pageviews += pageviews * fp;
            Bounces += visit.Bounced ? fv : 0;
            Duration += visit.Duration * fv;
            RawVisits++;
            Sketch.AddRegister(visit.RegisterIndex, visit.RegisterRank);
        }
    }

    /// <summary>A group's counts over the whole range.</summary>
    private sealed class Accumulator
    {
        private double _visitors;
        private double _visits;
        private double _pageviews;
        private double _bounces;
        private double _duration;

        public void AddDay(DayGroup day)
        {
            var scale = day.RawVisits == 0 ? 1 : day.Visits / day.RawVisits;
            _visitors += Math.Min(day.Sketch.Estimate() * scale, day.Visits);
            _visits += day.Visits;
            _pageviews += day.Pageviews;
            _bounces += day.Bounces;
            _duration += day.Duration;
        }

        public void AddTotals(DayTotals totals)
        {
            _visitors += totals.Visitors;
            _visits += totals.Visits;
            _pageviews += totals.Pageviews;
            _bounces += totals.Bounces;
            _duration += totals.Duration;
        }

        public AnalyticsCounts Counts() => new(R(_visitors), R(_visits), R(_pageviews), R(_bounces), R(_duration));

        private static long R(double value) => (long)Math.Round(value, MidpointRounding.AwayFromZero);
    }
}
