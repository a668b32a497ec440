using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Storage;
using Platform.Blogging.Hosting;
using Platform.Blogging.Partitions;

namespace Platform.Blogging.Analytics;

/// <summary>
/// A blog's analytics (<c>docs/analytics.md</c>). Batches of pageviews become visits in hour rows; after 48 hours
/// the hours of a day are compacted into one day row and the day's totals go into its month row; days past
/// retention keep their totals and fold their values into the month. Open visits (last view under 30 minutes ago)
/// and the visitors' ids live in memory only.
/// </summary>
[GrainType("bloganalytics")]
internal sealed class BlogAnalyticsGrain(
    [PersistentState("analytics", BloggingStorage.Name)] IPersistentState<BlogAnalyticsState> state,
    TimeProvider time,
    IOptions<AnalyticsOptions> options) : Grain, IBlogAnalyticsGrain
{
    /// <summary>Grain type of visit rows.</summary>
    public const string RowGrainType = "analyticsrow";

    /// <summary>Grain type of month rows.</summary>
    public const string MonthGrainType = "analyticsmonth";

    /// <summary>Visits the grain keeps decoded for queries (about 250 bytes each in memory), least recently used out first.</summary>
    private const int CacheBudget = 200_000;
    private readonly Dictionary<ulong, OpenVisit> _open = [];
    private readonly Dictionary<string, AnalyticsRow> _rows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PartitionRow<AnalyticsMonthState>> _months = new(StringComparer.Ordinal);
    private readonly LinkedList<string> _recent = new();
    private PartitionStore<AnalyticsRowState>? _rowStore;
    private PartitionStore<AnalyticsMonthState>? _monthStore;
    private DateTimeOffset _maintainedAt;

    private string Name => this.GetPrimaryKeyString();

    private IGrainStorage Storage => ServiceProvider.GetRequiredKeyedService<IGrainStorage>(BloggingStorage.Name);

    private PartitionStore<AnalyticsRowState> RowStore => _rowStore ??= new(Storage, null, "visits", RowGrainType);

    private PartitionStore<AnalyticsMonthState> MonthStore => _monthStore ??= new(Storage, null, "summary", MonthGrainType);

    private int Cap => options.Value.MaxVisitsPerDay;

    public async Task Record(AnalyticsBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Events.Count == 0)
        {
            return;
        }

        var stateChanged = false;
        if (!string.Equals(state.State.TimeZone, batch.TimeZone, StringComparison.Ordinal))
        {
            state.State.TimeZone = batch.TimeZone;
            stateChanged = true;
        }

        var events = batch.Events.OrderBy(e => e.At).ToList();
        var last = await HourRowAsync(events[^1].At);
        if (last.State.Applied.TryGetValue(batch.Source, out var applied) && applied >= batch.Sequence)
        {
            return; // a retry of a batch already stored
        }

        PruneOpen(events[0].At);
        var touched = new List<AnalyticsRow>();
        foreach (var e in events)
        {
            var hour = HourKey(e.At);
            if (!state.State.Hours.Contains(hour))
            {
                state.State.Hours.Add(hour);
                stateChanged = true;
            }

            var row = await ApplyAsync(e);
            if (!touched.Contains(row))
            {
                touched.Add(row);
            }
        }

        if (stateChanged)
        {
            await state.WriteStateAsync();
        }

        // The batch's last hour is written last: it records the batch as applied.
        touched.Remove(last);
        touched.Add(last);
        foreach (var row in touched)
        {
            row.State.Applied[batch.Source] = batch.Sequence;
            row.Encode();
            await RowStore.WriteAsync(row.Stored);
            row.Dirty = false;
        }

        Trim();
        if (time.GetUtcNow() - _maintainedAt > TimeSpan.FromHours(1))
        {
            await Maintain();
        }
    }

    public Task<int> GetRealtimeVisitors()
    {
        var since = time.GetUtcNow() - TimeSpan.FromMinutes(5);
        var visits = new HashSet<OpenVisit>(ReferenceEqualityComparer.Instance);
        foreach (var open in _open.Values)
        {
            if (open.LastSeen >= since)
            {
                visits.Add(open);
            }
        }

        return Task.FromResult(visits.Count);
    }

    public async Task<AnalyticsResult> Query(AnalyticsQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var zone = LocalDays.Zone(query.TimeZone);
        var scan = new AnalyticsScan(query, zone);
        var totalsSuffice = query.Filters.Count == 0 && query.Shape != AnalyticsShape.Breakdown && query.Interval != AnalyticsInterval.Hour;
        var hours = state.State.Hours.Select(h => (Key: h, Start: HourStart(h))).ToList();
        for (var day = query.First; day <= query.Last; day = day.AddDays(1))
        {
            var (start, end) = LocalDays.Bounds(day, zone);
            var month = await MonthAsync(day);
            var totals = month?.Days.GetValueOrDefault(DayText(day));
            var rows = new List<AnalyticsRow>();
            if (state.State.Days.Contains(DayText(day)))
            {
                if (!(totalsSuffice && totals is not null))
                {
                    rows.Add(await RowAsync(DayKey(day), start, end));
                }
            }
            else
            {
                foreach (var (key, hourStart) in hours)
                {
                    if (hourStart < end && hourStart.AddHours(1) > start)
                    {
                        rows.Add(await RowAsync(key, hourStart, hourStart.AddHours(1)));
                    }
                }

                if (rows.Count > 0)
                {
                    totals = null; // the day is still in hours: its visits are the truth
                }
            }

            scan.Add(new DaySource(day, start, end, rows, totals, month));
        }

        Trim();
        return scan.Result();
    }

    public async Task<int> Maintain()
    {
        var now = time.GetUtcNow();
        _maintainedAt = now;
        var zone = LocalDays.Zone(state.State.TimeZone);
        var changed = 0;
        var cutoff = now - AnalyticsOptions.HourlyWindow;
        var days = state.State.Hours
            .Select(HourStart)
            .Where(h => h.AddHours(1) <= cutoff)
            .Select(h => LocalDays.DayOf(h, zone))
            .Distinct()
            .Order()
            .ToList();
        foreach (var day in days)
        {
            var (start, end) = LocalDays.Bounds(day, zone);
            if (end > cutoff)
            {
                continue; // part of the day is still within the hourly window
            }

            changed += await CompactAsync(day, start, end);
        }

        var keepFrom = LocalDays.DayOf(now, zone).AddDays(-options.Value.RetentionDays);
        foreach (var text in state.State.Days.ToList())
        {
            var day = DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (day < keepFrom)
            {
                changed += await RollUpAsync(day, zone);
            }
        }

        return changed;
    }

    private static string HourKey(DateTimeOffset at) => "h" + at.UtcDateTime.ToString("yyyyMMddHH", CultureInfo.InvariantCulture);

    private static DateTimeOffset HourStart(string key) =>
        new(DateTime.ParseExact(key.AsSpan(1), "yyyyMMddHH", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal), TimeSpan.Zero);

    private static string DayText(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string DayKey(DateOnly day) => "d" + DayText(day);

    private static string MonthText(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private string StoredKey(string rowKey) => Name + "/" + rowKey;

    private Task<AnalyticsRow> HourRowAsync(DateTimeOffset at)
    {
        var start = new DateTimeOffset(at.UtcDateTime.Date.AddHours(at.UtcDateTime.Hour), TimeSpan.Zero);
        return RowAsync(HourKey(at), start, start.AddHours(1));
    }

    private async Task<AnalyticsRow> RowAsync(string key, DateTimeOffset start, DateTimeOffset end)
    {
        if (_rows.TryGetValue(key, out var row))
        {
            _recent.Remove(key);
            _recent.AddFirst(key);
            return row;
        }

        row = AnalyticsRow.Open(await RowStore.ReadAsync(StoredKey(key)), start, end);
        _rows[key] = row;
        _recent.AddFirst(key);
        return row;
    }

    private async Task<AnalyticsMonthState?> MonthAsync(DateOnly day)
    {
        var text = MonthText(day);
        if (!state.State.Months.Contains(text))
        {
            return null;
        }

        return (await MonthRowAsync(text)).State;
    }

    private async Task<PartitionRow<AnalyticsMonthState>> MonthRowAsync(string text)
    {
        if (!_months.TryGetValue(text, out var month))
        {
            month = await MonthStore.ReadAsync(StoredKey(text));
            _months[text] = month;
        }

        return month;
    }

    /// <summary>Applies an event (and the views folded into it) to its visitor's open visit, or starts one.</summary>
    private async Task<AnalyticsRow> ApplyAsync(PageviewEvent e)
    {
        var open = FindOpen(e) is { } found
            ? Extend(found, e.At, e.Page, e.Tags, e.Categories, 1)
            : await StartAsync(e);
        var last = e.LastAt ?? e.At;
        var listed = 1;
        foreach (var run in e.Then ?? [])
        {
            Extend(open, last, run.Page, run.Tags, run.Categories, Math.Max(1, run.Views));
            listed += Math.Max(1, run.Views);
        }

        if (e.Views > listed)
        {
            Extend(open, last, null, null, null, e.Views - listed); // views past the listed pages: counted, page unknown
        }

        _open[e.Visitor] = open; // past midnight the visitor goes on under the new day's id
        return open.Row;
    }

    private OpenVisit? FindOpen(PageviewEvent e)
    {
        if (!TryOpen(e.Visitor, e.At, out var open) && (e.PreviousVisitor is not { } previous || !TryOpen(previous, e.At, out open)))
        {
            return null;
        }

        // A visit whose first hour was compacted is over: the view starts a new one.
        return state.State.Hours.Contains(open.Row.Key) ? open : null;
    }

    private static OpenVisit Extend(OpenVisit open, DateTimeOffset at, string? page, IReadOnlyList<string>? tags, IReadOnlyList<string>? categories, int views)
    {
        var row = open.Row;
        if (at > open.LastSeen)
        {
            open.LastSeen = at;
        }

        var before = open.Pageviews;
        open.Pageviews += views;
        var duration = (int)Math.Max(0, (open.LastSeen - open.Start).TotalSeconds);
        row.Totals.Pageviews += views;
        if (before == 1)
        {
            row.Totals.Bounces--;
        }

        row.Totals.Duration += duration - open.Duration;
        open.Duration = duration;
        if (open.Visit is { } visit)
        {
            visit.Pageviews += views;
            visit.Duration = duration;
            row.Totals.RecordedPageviews += views;
            if (page is not null)
            {
                var id = row.Id(page);
                visit.Exit = id;
                for (var i = 0; i < views && visit.Pages.Count < VisitRecord.MaxPages; i++)
                {
                    visit.Pages.Add(id);
                }

                row.SetLabels(id, tags, categories);
            }
        }

        row.Dirty = true;
        return open;
    }

    private bool TryOpen(ulong visitor, DateTimeOffset at, out OpenVisit open)
    {
        if (_open.TryGetValue(visitor, out var found) && at - found.LastSeen <= OpenVisit.Timeout)
        {
            open = found;
            return true;
        }

        open = null!;
        return false;
    }

    private async Task<OpenVisit> StartAsync(PageviewEvent e)
    {
        var row = await HourRowAsync(e.At);
        var (index, rank) = VisitorSketch.Split(e.Visitor);
        row.Sketch.AddRegister(index, rank);
        row.Totals.Visits++;
        row.Totals.Pageviews++;
        row.Totals.Bounces++;
        VisitRecord? visit = null;
        if (row.Totals.RecordedVisits < Cap)
        {
            var page = row.Id(e.Page);
            visit = new VisitRecord
            {
                Start = (int)Math.Max(0, (e.At - row.Start).TotalSeconds),
                Pageviews = 1,
                Entry = page,
                Exit = page,
                Source = row.Id(e.Source),
                Referrer = row.Id(e.Referrer),
                UtmSource = row.Id(e.UtmSource),
                UtmMedium = row.Id(e.UtmMedium),
                UtmCampaign = row.Id(e.UtmCampaign),
                Country = row.Id(e.Country),
                Device = row.Id(e.Device),
                Browser = row.Id(e.Browser),
                Os = row.Id(e.Os),
                Register = (index << 6) | rank,
            };
            visit.Pages.Add(page);
            row.SetLabels(page, e.Tags, e.Categories);
            row.Visits.Add(visit);
            row.Totals.RecordedVisits++;
            row.Totals.RecordedPageviews++;
        }

        var open = new OpenVisit(row, visit, e.At);
        _open[e.Visitor] = open;
        row.Dirty = true;
        return open;
    }

    private void PruneOpen(DateTimeOffset now)
    {
        var stale = _open.Where(p => now - p.Value.LastSeen > OpenVisit.Timeout).Select(p => p.Key).ToList();
        foreach (var key in stale)
        {
            _open.Remove(key);
        }
    }

    /// <summary>Drops cached rows past the budget, least recently used first; rows of open visits stay.</summary>
    private void Trim()
    {
        var weight = _rows.Values.Sum(r => r.Weight);
        var node = _recent.Last;
        while (weight > CacheBudget && node is not null)
        {
            var previous = node.Previous;
            var row = _rows[node.Value];
            if (!row.Dirty && !_open.Values.Any(o => ReferenceEquals(o.Row, row)))
            {
                weight -= row.Weight;
                _rows.Remove(node.Value);
                _recent.Remove(node);
            }

            node = previous;
        }
    }

    private void Forget(string key)
    {
        _rows.Remove(key);
        _recent.Remove(key);
    }

    private async Task<int> CompactAsync(DateOnly day, DateTimeOffset start, DateTimeOffset end)
    {
        var sources = new List<AnalyticsRow>();
        foreach (var key in state.State.Hours)
        {
            var hourStart = HourStart(key);
            if (hourStart < end && hourStart.AddHours(1) > start)
            {
                sources.Add(await RowAsync(key, hourStart, hourStart.AddHours(1)));
            }
        }

        // Written whole from the hours each time, so a compaction cut short by a crash is simply done again.
        var stored = await RowStore.ReadAsync(StoredKey(DayKey(day)));
        stored.State.Names = [];
        stored.State.Visits = null;
        stored.State.Labels = [];
        stored.State.Totals = new RowTotals();
        stored.State.Applied = new Dictionary<string, long>(StringComparer.Ordinal);
        stored.State.Start = start;
        stored.State.End = end;
        var target = AnalyticsRow.Open(stored, start, end);
        var merged = DayCompaction.Merge(sources, target, start, end, Cap);
        target.Encode();
        await RowStore.WriteAsync(target.Stored);

        var monthText = MonthText(day);
        var month = await MonthRowAsync(monthText);
        month.State.Days[DayText(day)] = merged;
        await MonthStore.WriteAsync(month);

        if (!state.State.Months.Contains(monthText))
        {
            state.State.Months.Add(monthText);
        }

        if (!state.State.Days.Contains(DayText(day)))
        {
            state.State.Days.Add(DayText(day));
        }

        // Hours wholly before the day's end are done; one that runs past it (a half-hour zone) waits for the next day.
        var done = sources.Where(s => s.End <= end).ToList();
        state.State.Hours.RemoveAll(h => done.Any(d => string.Equals(d.Key, h, StringComparison.Ordinal)));
        await state.WriteStateAsync();
        foreach (var row in done)
        {
            await RowStore.ClearAsync(row.Stored);
            Forget(row.Key);
            foreach (var stale in _open.Where(p => ReferenceEquals(p.Value.Row, row)).Select(p => p.Key).ToList())
            {
                _open.Remove(stale);
            }
        }

        Forget(DayKey(day));
        return 1 + done.Count;
    }

    private async Task<int> RollUpAsync(DateOnly day, TimeZoneInfo zone)
    {
        var (start, end) = LocalDays.Bounds(day, zone);
        var row = await RowAsync(DayKey(day), start, end);
        var monthText = MonthText(day);
        var month = await MonthRowAsync(monthText);
        var text = DayText(day);
        if (!month.State.RolledDays.Contains(text))
        {
            DayRollup.Fold(month.State, row, day, zone);
            month.State.RolledDays.Add(text);
            await MonthStore.WriteAsync(month);
        }

        if (!state.State.Months.Contains(monthText))
        {
            state.State.Months.Add(monthText);
        }

        state.State.Days.Remove(text);
        await state.WriteStateAsync();
        await RowStore.ClearAsync(row.Stored);
        Forget(row.Key);
        return 1;
    }
}
