using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Storage;
using Platform.Bench.Scale;
using Platform.Blogging.Access;
using Platform.Blogging.Analytics;
using Platform.Blogging.Authoring;
using Platform.Blogging.Blogs;
using Platform.Blogging.Hosting;

namespace Platform.Bench.Analytics;

/// <summary>
/// The analytics benchmark: fills one blog with a year of synthetic traffic through its analytics grain (batches
/// as the silos send them, compaction after each day), then measures the stored bytes per blog-day, the memory a
/// decoded day takes, and the Stats API's p50/p99 per endpoint. Prints Markdown for docs/performance.md.
/// </summary>
internal static class AnalyticsBenchmark
{
    public static async Task<int> Main(string[] args)
    {
        // Usage: dotnet run -c Release --project bench/Platform.Bench.Analytics -- [--pageviews 1000000] [--days 365] [--requests 100]
        var pageviews = 1_000_000;
        var days = 365;
        var requests = 100;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--pageviews": pageviews = value; break;
                case "--days": days = value; break;
                case "--requests": requests = value; break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}");
                    return 2;
            }
        }

        var dataPath = Path.Combine(Path.GetTempPath(), "platform-analytics-bench-" + Guid.NewGuid().ToString("N"));
        await using var site = new ScaleSite(dataPath);
        using var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var services = site.Services;
        var grains = services.GetRequiredService<IGrainFactory>();
        const string Blog = "traffic";
        const string Zone = "Asia/Seoul";
        await services.GetRequiredService<BlogAuthoring>().CreateBlogAsync(new BlogSettings { Name = Blog, Title = "Traffic", TimeZone = Zone });
        var token = (await grains.GetGrain<IBlogAccessGrain>(Blog).Issue("bench", TokenRole.Owner)).Secret;
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + token);
        var grain = grains.GetGrain<IBlogAnalyticsGrain>(Blog);

        // 1. A year of traffic, one day at a time, in batches of 2,000 views.
        Console.Error.WriteLine($"analytics bench: {pageviews:N0} pageviews over {days} days into blog '{Blog}' ({dataPath})");
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Zone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
        var generator = new TrafficGenerator(42);
        var perDay = pageviews / days;
        long sequence = 0, sent = 0;
        var fill = Stopwatch.StartNew();
        for (var d = days; d >= 1; d--)
        {
            var day = today.AddDays(-d);
            var start = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), zone), TimeSpan.Zero);
            var events = generator.Day(start, perDay + (d <= pageviews % days ? 1 : 0));
            foreach (var chunk in events.Chunk(2_000))
            {
                await grain.Record(new AnalyticsBatch { Source = "bench", Sequence = ++sequence, TimeZone = Zone, Events = chunk });
            }

            sent += events.Count;
            await grain.Maintain();
            if (d % 30 == 0)
            {
                Console.Error.WriteLine($"  {days - d + 1} days, {sent:N0} views, {fill.Elapsed.TotalSeconds:N0} s");
            }
        }

        fill.Stop();
        var rate = sent / fill.Elapsed.TotalSeconds;

        // 2. Stored bytes per blog-day (day rows as the storage serialises them) and the memory of decoded days.
        var storage = services.GetRequiredKeyedService<IGrainStorage>(BloggingStorage.Name);
        var serializer = services.GetRequiredService<IGrainStorageSerializer>();
        var sizes = new List<long>();
        var visits = 0L;
        for (var d = days; d >= 1; d--)
        {
            var key = $"{Blog}/d{today.AddDays(-d):yyyy-MM-dd}";
            var row = new GrainState<AnalyticsRowState>(new AnalyticsRowState());
            await storage.ReadStateAsync("visits", GrainId.Create("analyticsrow", key), row);
            sizes.Add(row.State is null ? 0 : serializer.Serialize(row.State).ToMemory().Length);
            visits += row.State?.Totals.Visits ?? 0;
        }

        var monthBytes = 0L;
        foreach (var month in Enumerable.Range(0, 14).Select(m => today.AddMonths(-m).ToString("yyyy-MM", CultureInfo.InvariantCulture)))
        {
            var row = new GrainState<AnalyticsMonthState>(new AnalyticsMonthState());
            await storage.ReadStateAsync("summary", GrainId.Create("analyticsmonth", $"{Blog}/{month}"), row);
            monthBytes += row.RecordExists ? serializer.Serialize(row.State).ToMemory().Length : 0;
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var heapBefore = GC.GetTotalMemory(true);
        var warm = await grain.Query(new AnalyticsQuery { First = today.AddDays(-days), Last = today, TimeZone = Zone, Shape = AnalyticsShape.Breakdown, Property = AnalyticsProperty.Page });
        GC.Collect();
        var heapAfter = GC.GetTotalMemory(true);

        // 3. The Stats API, each endpoint `requests` times after a warm-up.
        var endpoints = new (string Name, string Path)[]
        {
            ("aggregate 30d, six metrics, compare", "aggregate?period=30d&metrics=visitors,visits,pageviews,views_per_visit,bounce_rate,visit_duration&compare=previous_period"),
            ("aggregate 12mo, six metrics", "aggregate?period=12mo&metrics=visitors,visits,pageviews,views_per_visit,bounce_rate,visit_duration"),
            ("aggregate 30d, filter source", "aggregate?period=30d&metrics=visitors,pageviews&filters=visit:source%3D%3DNaver"),
            ("timeseries 30d by day", "timeseries?period=30d&metrics=visitors,pageviews"),
            ("timeseries 12mo by month", "timeseries?period=12mo&metrics=visitors,pageviews"),
            ("timeseries day by hour", "timeseries?period=day&date=" + today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "&interval=hour&metrics=visitors,pageviews"),
            ("breakdown source 30d", "breakdown?period=30d&property=visit:source&metrics=visitors,pageviews"),
            ("breakdown page 30d", "breakdown?period=30d&property=event:page&metrics=visitors,pageviews&limit=10"),
            ("breakdown page 12mo", "breakdown?period=12mo&property=event:page&metrics=visitors,pageviews&limit=10"),
            ("breakdown country 12mo, filter device", "breakdown?period=12mo&property=visit:country&filters=visit:device%3D%3DMobile"),
            ("realtime visitors", "realtime/visitors"),
            ("export 30d (zip of 15 CSV)", "export?period=30d"),
        };
        var table = new List<string>();
        foreach (var (name, path) in endpoints)
        {
            var url = $"/api/v1/blogs/{Blog}/stats/{path}";
            for (var w = 0; w < 3; w++)
            {
                (await client.GetAsync(url)).EnsureSuccessStatusCode();
            }

            var samples = new Percentiles();
            var repeat = path.StartsWith("export", StringComparison.Ordinal) || path.Contains("12mo", StringComparison.Ordinal) ? Math.Max(10, requests / 5) : requests;
            for (var r = 0; r < repeat; r++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(url);
                _ = await response.Content.ReadAsByteArrayAsync();
                samples.Add(watch.Elapsed);
                response.EnsureSuccessStatusCode();
            }

            table.Add($"| {name} | {repeat} | {samples.At(50):N1} | {samples.At(99):N1} |");
        }

        Console.WriteLine($"## Analytics ({DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores)");
        Console.WriteLine();
        Console.WriteLine($"`dotnet run -c Release --project bench/Platform.Bench.Analytics -- --pageviews {pageviews} --days {days} --requests {requests}`");
        Console.WriteLine();
        Console.WriteLine($"- Filled {sent:N0} pageviews ({visits:N0} visits) over {days} days in {fill.Elapsed.TotalSeconds:N0} s: {rate:N0} views/s through the grain, with daily compaction.");
        var sorted = sizes.Order().ToArray();
        Console.WriteLine($"- Stored per blog-day (day row): mean {sizes.Average() / 1024:N1} KiB, max {sorted[^1] / 1024.0:N1} KiB, {sizes.Average() / (visits / (double)days):N1} bytes per visit; month rows {monthBytes / 1024.0:N1} KiB in all.");
        Console.WriteLine($"- A year of day rows decoded in the grain's cache: {(heapAfter - heapBefore) / 1048576.0:N1} MiB ({(heapAfter - heapBefore) / (double)days / 1024:N1} KiB per day); {warm?.TotalGroups} distinct pages.");
        Console.WriteLine();
        Console.WriteLine("| endpoint | requests | p50 ms | p99 ms |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var line in table)
        {
            Console.WriteLine(line);
        }

        try
        {
            Directory.Delete(dataPath, recursive: true);
        }
        catch (IOException)
        {
        }

        return 0;
    }
}
