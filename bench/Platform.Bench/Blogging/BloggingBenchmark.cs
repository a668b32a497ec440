using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Actors;
using Platform.Actors.Hosting;
using Platform.Blogging.Authoring;
using Platform.Blogging.Content;
using Platform.Blogging.Hosting;
using Platform.Blogging.Posts;
using Platform.Storage.Memory;

namespace Platform.Bench.Blogging;

/// <summary>
/// The blog domain's figures: Markdown render throughput, page views through one post grain and across many,
/// and memory per activated post. Prints a Markdown table for docs/performance.md.
/// </summary>
internal static class BloggingBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var posts = Math.Min(options.Grains, 20_000);
        Console.WriteLine($"# Blog domain benchmark ({Environment.ProcessorCount} cores, .NET {Environment.Version}, {options.Seconds} s per run, {posts:N0} posts)");
        Console.WriteLine();

        var (mbPerSecond, postsPerSecond, sampleBytes) = MeasureRendering(TimeSpan.FromSeconds(options.Seconds));

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddActorRuntime(b => b.AddBloggingGrains().AddMemoryGrainStorage());
        builder.Services.AddBlogging();
        using var host = builder.Build();
        await host.StartAsync();
        var authoring = host.Services.GetRequiredService<BlogAuthoring>();
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        await authoring.CreateBlogAsync(new Platform.Blogging.Blogs.BlogSettings { Name = "bench", Title = "Bench" });
        var ids = new string[posts];
        for (var i = 0; i < posts; i++)
        {
            ids[i] = (await authoring.CreatePostAsync("bench", new PostSource(SamplePost.Create(i, sections: 2)))).Entry.Id;
        }

        // Restart the activations: stop the host (flushes) and measure activation memory on a fresh one.
        await host.StopAsync();
        var storage = host.Services.GetRequiredKeyedService<Platform.Actors.Persistence.IGrainStorage>(BloggingStorage.Name);
        var fresh = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        fresh.Services.AddActorRuntime(b => b.AddBloggingGrains().AddMemoryGrainStorage(instance: (MemoryGrainStorage)storage));
        fresh.Services.AddBlogging();
        using var second = fresh.Build();
        await second.StartAsync();
        grains = second.Services.GetRequiredService<IGrainFactory>();
        var references = ids.Select(id => grains.GetGrain<IPostGrain>(PostKey.Of("bench", id))).ToArray();
        var htmlChars = (await references[0].View(false))!.Content.Html.Length + (await references[0].View(false))!.Content.Source.Length;
        var bytesPerPost = await MeasureActivationMemoryAsync(references.Skip(1).ToArray());

        var many = await RunViewsAsync(references[1..], callers: Environment.ProcessorCount * 4, TimeSpan.FromSeconds(options.Seconds));
        var one = await RunViewsAsync([references[0]], callers: 64, TimeSpan.FromSeconds(options.Seconds));
        var counted = (await references[0].View(false))!.Views;
        var made = one.Total; // the hot post is not among the many, so these are all its views

        Console.WriteLine("| measure | result |");
        Console.WriteLine("|---|---|");
        Console.WriteLine(Row("Markdown render + sanitise (sample post " + (sampleBytes / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " KiB)", $"{mbPerSecond:F2} MB/s ({postsPerSecond:N0} posts/s, one thread)"));
        Console.WriteLine(Row($"views/s across {posts:N0} post grains ({Environment.ProcessorCount * 4} callers)", many.Rate.ToString("N0", CultureInfo.InvariantCulture)));
        Console.WriteLine(Row("views/s through one post grain (64 callers)", one.Rate.ToString("N0", CultureInfo.InvariantCulture)));
        Console.WriteLine(Row("memory per activated post (state " + (htmlChars * 2 / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " KiB of strings)", bytesPerPost.ToString("N0", CultureInfo.InvariantCulture) + " B"));
        Console.WriteLine(Row("views counted / views made on the hot post", string.Create(CultureInfo.InvariantCulture, $"{counted:N0} / {made:N0}")));
        await second.StopAsync();
        return 0;
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

    private static async Task<double> MeasureActivationMemoryAsync(IPostGrain[] references)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        foreach (var reference in references)
        {
            await reference.View(false);
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        return (after - before) / (double)references.Length;
    }

    private static async Task<(double Rate, long Total)> RunViewsAsync(IPostGrain[] posts, int callers, TimeSpan duration)
    {
        var stop = false;
        var total = 0L;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, callers).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            var calls = 0L;
            while (!Volatile.Read(ref stop))
            {
                await posts[posts.Length == 1 ? 0 : random.Next(posts.Length)].View(true);
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
