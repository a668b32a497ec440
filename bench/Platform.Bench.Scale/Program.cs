using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;
using Platform.Blogging.Authoring;
using Platform.Blogging.Blogs;
using Platform.Blogging.Caching;
using Platform.Blogging.Counters;
using Platform.Blogging.Import;

namespace Platform.Bench.Scale;

/// <summary>
/// The scale benchmark: blogs of growing size imported, edited, counted, activated and read; then many blogs created
/// through the API. Prints Markdown tables for docs/performance.md.
/// </summary>
internal static class ScaleBenchmark
{
    public static async Task<int> Main(string[] args)
    {
        // Usage: dotnet run -c Release --project bench/Platform.Bench.Scale -- [--sizes 10,1000,5000,10000,100000] [--blogs 100000] [--edits 200]
        var sizes = new[] { 10, 1_000, 5_000, 10_000, 100_000 };
        string? keep = null;
        var blogCount = 100_000;
        var edits = 200;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--sizes":
                    sizes = [.. args[i + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
                    break;
                case "--blogs":
                    blogCount = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--keep":
                    keep = args[i + 1];
                    break;
                case "--edits":
                    edits = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}");
                    return 2;
            }
        }

        // --keep DIR: the data folder is kept, and blogs already imported there are reused (to measure again quickly).
        var dataPath = keep ?? Path.Combine(Path.GetTempPath(), "platform-scale-" + Guid.NewGuid().ToString("N"));
        await using var site = new ScaleSite(dataPath);
        using var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var services = site.Services;
        var authoring = services.GetRequiredService<BlogAuthoring>();
        var importer = services.GetRequiredService<JekyllImporter>();
        var grains = services.GetRequiredService<IGrainFactory>();
        var counter = services.GetRequiredService<ViewCounter>();
        var snapshots = services.GetRequiredService<BlogSnapshots>();
        var storage = site.Storage;
        var rows = new List<string[]>();
        var random = new Random(42);

        Console.Error.WriteLine($"scale bench: sizes {string.Join(", ", sizes)}; {blogCount:N0} blogs; {edits} edits per size; data in {dataPath}");
        // Warm-up (not reported): the first blog measured must not pay for the JIT.
        var warmup = "warmup-" + Guid.NewGuid().ToString("N")[..8];
        await authoring.CreateBlogAsync(new BlogSettings { Name = warmup, Title = "Warm-up" });
        var warm = await importer.ImportAsync(warmup, [.. Enumerable.Range(0, 300).Select(i => SiteGenerator.File(i, 300))]);
        foreach (var result in warm.Files.Take(200))
        {
            var post = await authoring.GetPostAsync(warmup, result.PostId!);
            await authoring.UpdatePostAsync(warmup, post.Id, new PostSource(post.Content.Source + "\nWarm.\n"), post.Revision);
            _ = await client.GetAsync($"/@{warmup}/?n={result.PostId}");
        }

        foreach (var size in sizes)
        {
            var blog = $"s{size}";
            var reused = keep is not null && await grains.GetGrain<IBlogGrain>(blog).GetSettings() is not null;
            if (!reused)
            {
                await authoring.CreateBlogAsync(new BlogSettings { Name = blog, Title = $"Scale {size}", PostsPerPage = 20 });
            }

            // Import, 5,000 files per import (the importer's limit per upload).
            var watch = Stopwatch.StartNew();
            for (var first = 0; first < (reused ? 0 : size); first += JekyllImporter.MaxFiles)
            {
                var files = Enumerable.Range(first, Math.Min(JekyllImporter.MaxFiles, size - first)).Select(i => SiteGenerator.File(i, size)).ToArray();
                var report = await importer.ImportAsync(blog, files);
                if (report.Files.Any(r => r.Outcome != ImportOutcome.Imported))
                {
                    throw new InvalidOperationException($"import of {blog}: {report.Files.First(r => r.Outcome != ImportOutcome.Imported).Reason}");
                }

                Console.Error.WriteLine($"  {blog}: {first + files.Length:N0} imported, {(first + files.Length) / watch.Elapsed.TotalSeconds:N0} posts/s");
            }

            var importRate = reused ? double.NaN : size / watch.Elapsed.TotalSeconds;
            var ids = (await authoring.GetBlogAsync(blog)).All.Select(p => p.Id).ToArray();

            // Edits: replace a random post's Markdown, as PUT does.
            var editLatency = new Percentiles();
            storage.Take();
            for (var e = 0; e < edits; e++)
            {
                var id = ids[random.Next(ids.Length)];
                var post = await authoring.GetPostAsync(blog, id);
                var index = int.Parse(post.Content.Title.Split(' ')[1], CultureInfo.InvariantCulture);
                var markdown = SiteGenerator.Markdown(index, size, revision: e + 1);
                storage.Counting = true;
                var started = Stopwatch.GetTimestamp();
                await authoring.UpdatePostAsync(blog, id, new PostSource(markdown), post.Revision);
                editLatency.Add(Stopwatch.GetElapsedTime(started));
                storage.Counting = false;
            }

            var (editWrites, editBytes) = storage.Take();

            // A counter flush carrying views of 10 posts.
            foreach (var id in ids.OrderBy(_ => random.Next()).Take(10))
            {
                counter.RecordView(blog, id, TimeZoneInfo.Utc);
            }

            storage.Counting = true;
            await counter.FlushAsync();
            storage.Counting = false;
            var (flushWrites, flushBytes) = storage.Take();

            // Cold activation of the blog grain, and the memory its activation holds: the first in this process (the
            // JIT has not yet compiled the bulk read at full speed) and a second one.
            var grain = grains.GetGrain<IBlogGrain>(blog);
            var activations = new List<TimeSpan>();
            var activationBytes = 0L;
            for (var round = 0; round < 2; round++)
            {
                await grain.Cast<IGrainManagementExtension>().DeactivateOnIdle();
                await Task.Delay(TimeSpan.FromSeconds(1));
                var before = HeapBytes();
                var activation = Stopwatch.StartNew();
                await grain.GetSettings();
                activations.Add(activation.Elapsed);
                activationBytes = HeapBytes() - before;
            }

            // This silo's reader snapshot: built once per change, and the memory it holds.
            snapshots.Invalidate(blog);
            var beforeSnapshot = HeapBytes();
            var build = Stopwatch.StartNew();
            await snapshots.GetFreshAsync(blog);
            var snapshotTime = build.Elapsed;
            var snapshotBytes = HeapBytes() - beforeSnapshot;

            // Pages: warm (cached render) and the first view after an edit (snapshot rebuild + render).
            var category = "/categories/C01/" + (size >= 400 ? "page/2/" : "");
            var archivePages = (int)Math.Ceiling(size / 50.0);
            var archive = archivePages >= 10 ? "/archive/page/10/" : "/archive/";
            var pages = new Dictionary<string, Percentiles>();
            foreach (var path in new[] { "/", category, archive })
            {
                var url = $"/@{blog}{path}";
                var latency = pages[path] = new Percentiles();
                for (var r = 0; r < 200; r++)
                {
                    var started = Stopwatch.GetTimestamp();
                    using var response = await client.GetAsync(url);
                    _ = await response.Content.ReadAsByteArrayAsync();
                    latency.Add(Stopwatch.GetElapsedTime(started));
                    if (!response.IsSuccessStatusCode)
                    {
                        throw new InvalidOperationException($"{url}: {(int)response.StatusCode}");
                    }
                }
            }

            var afterEdit = new Percentiles();
            for (var e = 0; e < 5; e++)
            {
                var id = ids[random.Next(ids.Length)];
                var post = await authoring.GetPostAsync(blog, id);
                await authoring.UpdatePostAsync(blog, id, new PostSource(post.Content.Source + "\nEdited again.\n"), post.Revision);
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync($"/@{blog}/");
                _ = await response.Content.ReadAsByteArrayAsync();
                afterEdit.Add(Stopwatch.GetElapsedTime(started));
            }

            rows.Add([
                size.ToString("N0", CultureInfo.InvariantCulture),
                importRate.ToString("N0", CultureInfo.InvariantCulture),
                $"{editLatency.At(50):F1} / {editLatency.At(99):F1}",
                $"{editBytes / (double)edits / 1024:F1} KiB ({editWrites / (double)edits:F1} writes)",
                $"{flushBytes / 10.0 / 1024:F1} KiB ({flushWrites / 10.0:F1} writes)",
                $"{activations[0].TotalMilliseconds:F0} / {activations[1].TotalMilliseconds:F0} ms",
                $"{activationBytes / 1048576.0:F1} MiB",
                $"{snapshotTime.TotalMilliseconds:F0} ms / {snapshotBytes / 1048576.0:F1} MiB",
                $"{pages["/"].At(50):F2} / {pages[category].At(50):F2} / {pages[archive].At(50):F2}",
                $"{afterEdit.At(50):F0}",
            ]);
            Console.Error.WriteLine("  " + string.Join(" | ", rows[^1]));
        }

        Console.WriteLine($"# Scale benchmark ({Environment.ProcessorCount} cores, .NET {Environment.Version}, SQLite, {edits} edits per size)");
        Console.WriteLine();
        Console.WriteLine("| posts | import posts/s | edit p50 / p99 ms | bytes written per edit | bytes written per flush, per post | cold activation, first / again | activation memory | snapshot build / memory | page p50 ms: home / category p.2 / archive p.10 | first home view after an edit, ms |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            Console.WriteLine("| " + string.Join(" | ", row) + " |");
        }

        if (blogCount > 0)
        {
            await ManyBlogsAsync(client, storage, blogCount);
        }

        if (keep is null)
        {
            try
            {
                Directory.Delete(dataPath, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        return 0;
    }

    private static long HeapBytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static async Task ManyBlogsAsync(HttpClient client, CountingGrainStorage storage, int count)
    {
        const int Batch = 1000;
        var rates = new List<double>();
        var creation = Stopwatch.StartNew();
        var block = Stopwatch.StartNew();
        var blockSize = Math.Max(count / 10, Batch);
        for (var first = 0; first < count; first += Batch)
        {
            var blogs = Enumerable.Range(first, Math.Min(Batch, count - first)).Select(i => new { name = $"b{i:000000}", title = $"Blog {i}" }).ToArray();
            storage.Counting = first + Batch >= count;
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/blogs/batch") { Content = JsonContent.Create(new { blogs }) };
            request.Headers.Authorization = new("Bearer", ScaleSite.AdminToken);
            using var response = await client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var created = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("created").GetInt32();
            if (created != blogs.Length)
            {
                throw new InvalidOperationException($"batch at {first}: {created} of {blogs.Length} created");
            }

            if ((first + blogs.Length) % blockSize == 0)
            {
                rates.Add(blockSize / block.Elapsed.TotalSeconds);
                block.Restart();
                Console.Error.WriteLine($"  blogs: {first + blogs.Length:N0} created, last block {rates[^1]:N0}/s");
            }
        }

        storage.Counting = false;
        var (writes, bytes) = storage.Take();
        var lastBatch = count % Batch == 0 ? Batch : count % Batch;

        async Task<Percentiles> PageAsync(string host)
        {
            var latency = new Percentiles();
            for (var r = 0; r < 200; r++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/");
                request.Headers.Host = host;
                var started = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(request);
                _ = await response.Content.ReadAsByteArrayAsync();
                latency.Add(Stopwatch.GetElapsedTime(started));
                response.EnsureSuccessStatusCode();
            }

            return latency;
        }

        var firstBlog = await PageAsync("b000000.bench.test");
        var lastBlog = await PageAsync($"b{count - 1:000000}.bench.test");
        Console.WriteLine();
        Console.WriteLine($"# {count:N0} blogs through POST /api/v1/blogs/batch ({Batch} per request)");
        Console.WriteLine();
        Console.WriteLine("| measure | result |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| blogs created per second, overall | {count / creation.Elapsed.TotalSeconds:N0} |");
        Console.WriteLine($"| blogs/s per tenth of the run (first → last) | {string.Join(" → ", rates.Select(r => r.ToString("N0", CultureInfo.InvariantCulture)))} |");
        Console.WriteLine($"| bytes written per blog created (last batch) | {bytes / (double)lastBatch / 1024:F1} KiB in {writes / (double)lastBatch:F1} writes |");
        Console.WriteLine($"| home page by subdomain, p50 / p99 ms: first blog | {firstBlog.At(50):F2} / {firstBlog.At(99):F2} |");
        Console.WriteLine($"| home page by subdomain, p50 / p99 ms: blog {count:N0} | {lastBlog.At(50):F2} / {lastBlog.At(99):F2} |");
    }
}
