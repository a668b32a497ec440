using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Analytics;
using Platform.Blogging.Tests.Support;

namespace Platform.Blogging.Tests.Analytics;

/// <summary>The silo's pre-aggregator: views recorded from many threads while flushes run are all counted, once.</summary>
public sealed class AnalyticsCollectorTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Concurrent_views_and_flushes_lose_and_double_nothing()
    {
        await using var host = await BlogHost.StartAsync(new(Noon.AddMinutes(30)));
        var collector = host.Silo(0).GetRequiredService<AnalyticsCollector>();
        const int Threads = 4;
        const int PerThread = 3_000;
        using var stop = new CancellationTokenSource();
        var flushing = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await collector.FlushAsync();
            }
        });
        await Task.WhenAll(Enumerable.Range(0, Threads).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < PerThread; i++)
            {
                // Two visitors per thread, each reading two pages in turn, plus a shared hot visitor.
                var visitor = (ulong)(t * 2 + (i % 2) + 1) * 0x9E3779B97F4A7C15;
                var page = i % 3 == 0 ? "/a/" : "/b/";
                collector.Record("demo", "UTC", new PageviewEvent { At = Noon.AddMilliseconds(i), Visitor = visitor, Page = page });
                collector.Record("demo", "UTC", new PageviewEvent { At = Noon.AddMilliseconds(i), Visitor = 0xC0FFEE, Page = "/" });
            }
        })));
        await stop.CancelAsync();
        await flushing;
        await collector.FlushAsync();

        var query = new AnalyticsQuery { First = new(2026, 3, 1), Last = new(2026, 3, 1), TimeZone = "UTC" };
        var counts = (await host.Grains.GetGrain<IBlogAnalyticsGrain>("demo").Query(query)).Groups[0].Counts;
        counts.Pageviews.Should().Be(Threads * PerThread * 2);
        counts.Visits.Should().Be(Threads * 2 + 1);
        var pages = await host.Grains.GetGrain<IBlogAnalyticsGrain>("demo").Query(query with { Shape = AnalyticsShape.Breakdown, Property = AnalyticsProperty.Page });
        // A visit lists its first 100 views' pages (docs/analytics.md): the hot visitor's 12,000 views of "/" all count
        // in the totals above, and its first 100 in the page breakdown.
        pages.Groups.Single(g => g.Key == "/").Counts.Pageviews.Should().Be(VisitRecord.MaxPages);
    }
}
