using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Storage;
using Platform.Blogging.Authoring;
using Platform.Blogging.Caching;
using Platform.Blogging.Content;
using Platform.Blogging.Counters;
using Platform.Blogging.Hosting;
using Platform.Blogging.Posts;

namespace Platform.Bench.Blogging;

/// <summary>
/// The blog domain's figures on Orleans: Markdown render throughput, a page view's domain work (a cached post read
/// and a counted view, no grain call) across many posts and on one, memory per cached post, and whether the views
/// counted equal the views made. Prints a Markdown table for docs/performance.md.
/// </summary>
internal static class BloggingBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var posts = Math.Min(options.Grains, 20_000);
        var (mbPerSecond, postsPerSecond, sampleBytes) = MeasureRendering(TimeSpan.FromSeconds(options.Seconds));

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort: 11412, gatewayPort: 30412);
            silo.Services.AddSingleton<IGrainStorageSerializer, BloggingStateSerializer>();
            silo.AddMemoryGrainStorage(BloggingStorage.Name);
        });
        builder.Services.AddBlogging();
        using var host = builder.Build();
        await host.StartAsync();
        var authoring = host.Services.GetRequiredService<BlogAuthoring>();
        var cache = host.Services.GetRequiredService<PostSnapshots>();
        var counter = host.Services.GetRequiredService<ViewCounter>();
        await authoring.CreateBlogAsync(new Platform.Blogging.Blogs.BlogSettings { Name = "bench", Title = "Bench" });
        var ids = new string[posts];
        await Parallel.ForEachAsync(Enumerable.Range(0, posts), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            ids[i] = (await authoring.CreatePostAsync("bench", new PostSource(SamplePost.Create(i, sections: 2)))).Entry.Id);

        var bytesPerPost = await MeasureCacheMemoryAsync(cache, ids[1..]);
        var first = (await cache.GetAsync("bench", ids[0]))!;
        var stringBytes = (first.Content.Html.Length + first.Content.Source.Length) * 2;

        var many = await RunViewsAsync(cache, counter, ids[1..], TimeSpan.FromSeconds(options.Seconds));
        var one = await RunViewsAsync(cache, counter, [ids[0]], TimeSpan.FromSeconds(options.Seconds));
        await counter.FlushAsync();
        var counted = (await host.Services.GetRequiredService<IGrainFactory>().GetGrain<IPostGrain>(PostKey.Of("bench", ids[0])).Read(0)).Views;

        Console.WriteLine($"# Blog domain benchmark ({Environment.ProcessorCount} cores, .NET {Environment.Version}, {options.Seconds} s per run, {posts:N0} posts)");
        Console.WriteLine();
        Console.WriteLine("| measure | result |");
        Console.WriteLine("|---|---|");
        Console.WriteLine(Row("Markdown render + sanitise (sample post " + (sampleBytes / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " KiB)", $"{mbPerSecond:F2} MB/s ({postsPerSecond:N0} posts/s, one thread)"));
        Console.WriteLine(Row($"page views/s across {posts - 1:N0} posts (cached read + counted view, {Environment.ProcessorCount} threads)", many.Rate.ToString("N0", CultureInfo.InvariantCulture)));
        Console.WriteLine(Row("page views/s on one post", one.Rate.ToString("N0", CultureInfo.InvariantCulture)));
        Console.WriteLine(Row("memory the silo cache adds per post (its " + (stringBytes / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " KiB of strings are shared with the activation)", bytesPerPost.ToString("N0", CultureInfo.InvariantCulture) + " B"));
        Console.WriteLine(Row("views stored / views made on the hot post", string.Create(CultureInfo.InvariantCulture, $"{counted:N0} / {one.Total:N0}")));
        await host.StopAsync();
        return counted == one.Total ? 0 : 1;
    }

    private static string Row(string name, string value) => $"| {name} | {value} |";

    private static (double MbPerSecond, double PostsPerSecond, int Bytes) MeasureRendering(TimeSpan duration)
    {
        var sample = SamplePost.Create(1);
        var bytes = Encoding.UTF8.GetByteCount(sample);
        var context = new RenderContext(TimeZoneInfo.Utc);
        for (var i = 0; i < 50; i++)
        {
            PostRenderer.Render(sample, context);
        }

        var count = 0;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < duration)
        {
            PostRenderer.Render(sample, context);
            count++;
        }

        var seconds = watch.Elapsed.TotalSeconds;
        return (count * (double)bytes / seconds / 1_000_000, count / seconds, bytes);
    }

    private static async Task<double> MeasureCacheMemoryAsync(PostSnapshots cache, string[] ids)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        foreach (var id in ids)
        {
            await cache.GetAsync("bench", id);
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        return (after - before) / (double)ids.Length;
    }

    private static async Task<(double Rate, long Total)> RunViewsAsync(PostSnapshots cache, ViewCounter counter, string[] ids, TimeSpan duration)
    {
        var stop = false;
        var total = 0L;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            var calls = 0L;
            while (!Volatile.Read(ref stop))
            {
                var id = ids[ids.Length == 1 ? 0 : random.Next(ids.Length)];
                var post = await cache.GetAsync("bench", id);
                counter.RecordView("bench", id, post!.Zone);
                calls++;
            }

            Interlocked.Add(ref total, calls);
        })).ToArray();
        await Task.Delay(duration);
        Volatile.Write(ref stop, true);
        await Task.WhenAll(workers);
        return (total / watch.Elapsed.TotalSeconds, total);
    }
}
