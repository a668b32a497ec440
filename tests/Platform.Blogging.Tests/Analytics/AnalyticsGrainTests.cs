using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Blogging.Analytics;
using Platform.Blogging.Tests.Support;

namespace Platform.Blogging.Tests.Analytics;

/// <summary>The analytics grain on a real two-silo cluster over SQLite: visits, filters, time zones, compaction and retention.</summary>
public sealed class AnalyticsGrainTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private long _sequence;

    [Fact]
    public async Task Visits_bounces_and_durations_follow_the_30_minute_rule()
    {
        await using var host = await BlogHost.StartAsync(new(Noon.AddHours(1)));
        var grain = host.Grains.GetGrain<IBlogAnalyticsGrain>("demo");
        await grain.Record(Batch(
            View(Noon, 1, "/"),
            View(Noon.AddMinutes(10), 1, "/a/"),
            View(Noon.AddMinutes(20), 1, "/b/"),
            View(Noon.AddMinutes(5), 2, "/a/"),
            View(Noon.AddMinutes(51), 1, "/c/"))); // 31 minutes after the last view: a new visit

        var day = (await grain.Query(Query(AnalyticsShape.Aggregate))).Groups[0].Counts;
        day.Should().BeEquivalentTo(new AnalyticsCounts(Visitors: 2, Visits: 3, Pageviews: 5, Bounces: 2, Duration: 20 * 60));
        day.BounceRate.Should().Be(67);
        day.ViewsPerVisit.Should().Be(1.67);

        var entries = await grain.Query(Query(AnalyticsShape.Breakdown, AnalyticsProperty.EntryPage));
        entries.Groups.Select(g => (g.Key, g.Counts.Visits)).Should().BeEquivalentTo([("/", 1L), ("/a/", 1L), ("/c/", 1L)]);
        var exits = await grain.Query(Query(AnalyticsShape.Breakdown, AnalyticsProperty.ExitPage));
        exits.Groups.Select(g => g.Key).Should().BeEquivalentTo(["/b/", "/a/", "/c/"]);
    }

    [Fact]
    public async Task A_retried_batch_counts_once()
    {
        await using var host = await BlogHost.StartAsync(new(Noon.AddHours(1)));
        var grain = host.Grains.GetGrain<IBlogAnalyticsGrain>("demo");
        var batch = Batch(View(Noon, 1, "/"), View(Noon.AddMinutes(1), 2, "/"));
        await grain.Record(batch);
        await grain.Record(batch);
        (await grain.Query(Query(AnalyticsShape.Aggregate))).Groups[0].Counts.Pageviews.Should().Be(2);
    }

    [Fact]
    public async Task Filters_and_breakdowns_agree_with_the_traffic_sent()
    {
        await using var host = await BlogHost.StartAsync(new(Noon.AddHours(1)));
        var grain = host.Grains.GetGrain<IBlogAnalyticsGrain>("demo");
        var views = new List<PageviewEvent>();
        for (var i = 0; i < 30; i++)
        {
            var source = i % 3 == 0 ? "Naver" : i % 3 == 1 ? "Google" : null;
            views.Add(View(Noon.AddSeconds(i), (ulong)(100 + i), "/2026/03/post/", source, country: i < 10 ? "KR" : "US", tags: ["orleans", "dotnet"]));
            if (i % 2 == 0)
            {
                views.Add(View(Noon.AddSeconds(i + 60), (ulong)(100 + i), "/about/", source, country: i < 10 ? "KR" : "US"));
            }
        }

        await grain.Record(Batch([.. views]));

        var sources = await grain.Query(Query(AnalyticsShape.Breakdown, AnalyticsProperty.Source));
        sources.Groups.Select(g => (g.Key, g.Counts.Visitors)).Should().BeEquivalentTo([("Naver", 10L), ("Google", 10L), ("Direct / None", 10L)]);

        var naver = Query(AnalyticsShape.Aggregate) with { Filters = [new AnalyticsFilter(AnalyticsProperty.Source, false, ["Naver"])] };
        (await grain.Query(naver)).Groups[0].Counts.Should().BeEquivalentTo(new AnalyticsCounts(10, 10, 15, 5, 5 * 60));

        var page = Query(AnalyticsShape.Aggregate) with { Filters = [new AnalyticsFilter(AnalyticsProperty.Page, false, ["/about/"])] };
        var about = (await grain.Query(page)).Groups[0].Counts;
        about.Pageviews.Should().Be(15);
        about.Visits.Should().Be(15);

        var notKorea = Query(AnalyticsShape.Breakdown, AnalyticsProperty.Page) with { Filters = [new AnalyticsFilter(AnalyticsProperty.Country, true, ["KR"])] };
        (await grain.Query(notKorea)).Groups.Select(g => (g.Key, g.Counts.Pageviews)).Should().BeEquivalentTo([("/2026/03/post/", 20L), ("/about/", 10L)]);

        var wildcard = Query(AnalyticsShape.Aggregate) with { Filters = [new AnalyticsFilter(AnalyticsProperty.Page, false, ["/2026/*"])] };
        (await grain.Query(wildcard)).Groups[0].Counts.Pageviews.Should().Be(30);

        var tags = await grain.Query(Query(AnalyticsShape.Breakdown, AnalyticsProperty.Tag));
        tags.Groups.Select(g => (g.Key, g.Counts.Pageviews)).Should().BeEquivalentTo([("orleans", 30L), ("dotnet", 30L)]);

        var either = Query(AnalyticsShape.Aggregate) with { Filters = [new AnalyticsFilter(AnalyticsProperty.Source, false, ["Naver", "Google"]), new AnalyticsFilter(AnalyticsProperty.Country, false, ["KR"])] };
        (await grain.Query(either)).Groups[0].Counts.Visitors.Should().Be(7); // i < 10 with i % 3 != 2: 0,1,3,4,6,7,9
    }

    [Fact]
    public async Task Days_and_hours_are_cut_in_the_blogs_time_zone()
    {
        await using var host = await BlogHost.StartAsync(new(Noon.AddDays(1)));
        var grain = host.Grains.GetGrain<IBlogAnalyticsGrain>("demo");
        // 15:30 UTC on 1 March is 00:30 on 2 March in Seoul.
        await grain.Record(Batch("Asia/Seoul", View(Noon.AddHours(3.5), 1, "/"), View(Noon.AddHours(2), 2, "/")));
        var days = await grain.Query(Query(AnalyticsShape.Timeseries) with { TimeZone = "Asia/Seoul", First = new(2026, 3, 1), Last = new(2026, 3, 2) });
        days.Groups.Select(g => (g.Key, g.Counts.Pageviews)).Should().Equal(("2026-03-01", 1L), ("2026-03-02", 1L));
        var hours = await grain.Query(Query(AnalyticsShape.Timeseries) with { TimeZone = "Asia/Seoul", Interval = AnalyticsInterval.Hour, First = new(2026, 3, 2), Last = new(2026, 3, 2) });
        hours.Groups.Should().HaveCount(24);
        hours.Groups.Single(g => g.Counts.Pageviews > 0).Key.Should().Be("2026-03-02 00:00:00");
    }

    [Fact]
    public async Task A_visit_crosses_midnight_under_the_previous_days_id()
    {
        await using var host = await BlogHost.StartAsync(new(Noon.AddDays(1)));
        var grain = host.Grains.GetGrain<IBlogAnalyticsGrain>("demo");
        var midnight = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
        await grain.Record(Batch(View(midnight.AddMinutes(-5), 1, "/"), View(midnight.AddMinutes(5), 99, "/next/", previous: 1)));
        var range = Query(AnalyticsShape.Aggregate) with { Last = new(2026, 3, 2) };
        (await grain.Query(range)).Groups[0].Counts.Should().BeEquivalentTo(new AnalyticsCounts(1, 1, 2, 0, 600));
    }

    [Fact]
    public async Task Compaction_and_retention_keep_the_answers()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Noon.AddHours(1));
        await using var host = await BlogHost.StartAsync(time);
        var grain = host.Grains.GetGrain<IBlogAnalyticsGrain>("demo");
        var views = Enumerable.Range(0, 200).Select(i => View(Noon.AddMinutes(i * 3), (ulong)(i % 50), i % 4 == 0 ? "/" : "/post/", i % 5 == 0 ? "Naver" : null, country: i % 2 == 0 ? "KR" : "JP")).ToArray();
        await grain.Record(Batch(views));
        var month = Query(AnalyticsShape.Aggregate) with { First = new(2026, 3, 1), Last = new(2026, 3, 31) };
        var breakdown = month with { Shape = AnalyticsShape.Breakdown, Property = AnalyticsProperty.Country };
        var filtered = month with { Filters = [new AnalyticsFilter(AnalyticsProperty.Source, false, ["Naver"])] };
        var series = month with { Shape = AnalyticsShape.Timeseries };
        var before = (await grain.Query(month), await grain.Query(breakdown), await grain.Query(filtered), await grain.Query(series));

        time.Advance(TimeSpan.FromDays(3));
        (await grain.Maintain()).Should().BeGreaterThan(0);
        var state = await host.ReadStoredAsync<BlogAnalyticsState>("analytics", "bloganalytics", "demo");
        state.Hours.Should().BeEmpty();
        state.Days.Should().Equal("2026-03-01");
        var after = (await grain.Query(month), await grain.Query(breakdown), await grain.Query(filtered), await grain.Query(series));
        after.Item1.Groups.Should().BeEquivalentTo(before.Item1.Groups);
        after.Item2.Groups.Should().BeEquivalentTo(before.Item2.Groups);
        after.Item3.Groups.Should().BeEquivalentTo(before.Item3.Groups);
        after.Item4.Groups.Should().BeEquivalentTo(before.Item4.Groups);

        await host.RestartAsync(); // read back from storage, not memory
        grain = host.Grains.GetGrain<IBlogAnalyticsGrain>("demo");
        (await grain.Query(breakdown)).Groups.Should().BeEquivalentTo(before.Item2.Groups);

        // Past retention (a shorter one than the default: a fake clock moved two years would fire two years of timers).
        Configure(host, o => o.RetentionDays = 1);
        await grain.Maintain();
        state = await host.ReadStoredAsync<BlogAnalyticsState>("analytics", "bloganalytics", "demo");
        state.Days.Should().BeEmpty();
        (await grain.Query(month)).Groups.Should().BeEquivalentTo(before.Item1.Groups);
        (await grain.Query(breakdown)).Groups.Should().BeEquivalentTo(before.Item2.Groups);
        (await grain.Query(series)).Groups.Should().BeEquivalentTo(before.Item4.Groups);
        (await grain.Query(filtered)).Groups[0].Counts.Should().BeEquivalentTo(AnalyticsCounts.Empty, "past retention filters cannot reach the deleted visits");
    }

    [Fact]
    public async Task Past_the_cap_totals_stay_exact_and_breakdowns_scale()
    {
        await using var host = await BlogHost.StartAsync(new(Noon.AddHours(1)));
        Configure(host, o => o.MaxVisitsPerDay = 100);

        var grain = host.Grains.GetGrain<IBlogAnalyticsGrain>("demo");
        await grain.Record(Batch([.. Enumerable.Range(0, 400).Select(i => View(Noon.AddSeconds(i), (ulong)i * 7919, "/", country: "KR"))]));
        var total = await grain.Query(Query(AnalyticsShape.Aggregate));
        total.Groups[0].Counts.Pageviews.Should().Be(400);
        total.Groups[0].Counts.Visits.Should().Be(400);
        total.Sampled.Should().BeTrue();
        var countries = await grain.Query(Query(AnalyticsShape.Breakdown, AnalyticsProperty.Country));
        countries.Groups.Single().Counts.Visits.Should().Be(400);
        var stored = await host.ReadStoredAsync<AnalyticsRowState>("visits", "analyticsrow", "demo/h2026030112");
        stored.Totals.RecordedVisits.Should().Be(100);
        stored.Totals.Visits.Should().Be(400);
    }

    [Fact]
    public async Task Realtime_counts_visitors_of_the_last_five_minutes()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Noon);
        await using var host = await BlogHost.StartAsync(time);
        var grain = host.Grains.GetGrain<IBlogAnalyticsGrain>("demo");
        await grain.Record(Batch(View(Noon.AddMinutes(-10), 1, "/"), View(Noon.AddMinutes(-2), 2, "/"), View(Noon.AddMinutes(-1), 3, "/"), View(Noon, 3, "/a/")));
        (await grain.GetRealtimeVisitors()).Should().Be(2);
    }

    [Fact]
    public async Task Stored_rows_hold_no_visitor_ids()
    {
        await using var host = await BlogHost.StartAsync(new(Noon.AddHours(1)));
        var grain = host.Grains.GetGrain<IBlogAnalyticsGrain>("demo");
        const ulong visitor = 0xDEADBEEFCAFEBABE;
        await grain.Record(Batch(View(Noon, visitor, "/")));
        var raw = await File.ReadAllBytesAsync(host.DatabasePath);
        var needle = BitConverter.GetBytes(visitor);
        raw.AsSpan().IndexOf(needle).Should().Be(-1);
        System.Text.Encoding.UTF8.GetString(raw).Should().NotContain(visitor.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void Configure(BlogHost host, Action<AnalyticsOptions> change)
    {
        for (var i = 0; i < BlogHost.SiloCount; i++)
        {
            change(host.Silo(i).GetRequiredService<IOptions<AnalyticsOptions>>().Value);
        }
    }

    private static AnalyticsQuery Query(AnalyticsShape shape, AnalyticsProperty property = default) => new()
    {
        First = new(2026, 3, 1),
        Last = new(2026, 3, 1),
        TimeZone = "UTC",
        Shape = shape,
        Property = property,
    };

    private static PageviewEvent View(DateTimeOffset at, ulong visitor, string page, string? source = null, string? country = null, string[]? tags = null, ulong? previous = null) => new()
    {
        At = at,
        Visitor = Mix(visitor),
        PreviousVisitor = previous is { } p ? Mix(p) : null,
        Page = page,
        Source = source,
        Country = country,
        Device = "Desktop",
        Browser = "Firefox",
        Os = "Linux",
        Tags = tags,
    };

    /// <summary>Spreads small test ids over 64 bits as the real SHA-256 ids are.</summary>
    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EB;
        return x ^ (x >> 31);
    }

    private AnalyticsBatch Batch(params PageviewEvent[] events) => Batch("UTC", events);

    private AnalyticsBatch Batch(string zone, params PageviewEvent[] events) => new()
    {
        Source = "test",
        Sequence = ++_sequence,
        TimeZone = zone,
        Events = events,
    };
}
