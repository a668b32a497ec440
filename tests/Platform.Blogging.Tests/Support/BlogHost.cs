using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Runtime;
using Orleans.Runtime.Hosting;
using Orleans.Storage;
using Orleans.TestingHost;
using Platform.Blogging.Authoring;
using Platform.Blogging.Blogs;
using Platform.Blogging.Counters;
using Platform.Blogging.Hosting;
using Platform.Blogging.Import;
using Platform.Blogging.Partitions;
using Platform.Storage.Sqlite;

namespace Platform.Blogging.Tests.Support;

/// <summary>
/// A real Orleans cluster of <see cref="SiloCount"/> in-process silos running the blog domain over one SQLite file
/// and one fake clock. A test can stop it gracefully (every silo flushes) or kill it (a crash: nothing is flushed)
/// and start another cluster over the same file. The file outlives the cluster; the host deletes it at the end.
/// </summary>
public sealed class BlogHost : IAsyncDisposable
{
    public const int SiloCount = 2;
    private readonly string _folder;
    private readonly Action<BloggingOptions>? _options;
    private readonly Action<IServiceCollection>? _services;
    private InProcessTestCluster? _cluster;

    private BlogHost(string folder, FakeTimeProvider time, Action<BloggingOptions>? options, Action<IServiceCollection>? services)
    {
        _folder = folder;
        _options = options;
        _services = services;
        Time = time;
        Storage = new SqliteGrainStorage(new SqliteStorageOptions { Path = DatabasePath, GrainStorageSerializer = new BloggingStateSerializer() });
    }

    public FakeTimeProvider Time { get; }

    /// <summary>Makes every silo's storage writes fail while on.</summary>
    public StorageSwitch Writes { get; } = new();

    public string DatabasePath => Path.Combine(_folder, "platform.db");

    /// <summary>The store every silo writes to, for reading what is really stored.</summary>
    public IGrainStorage Storage { get; }

    /// <summary>The cluster's grains as seen from the first silo.</summary>
    public IGrainFactory Grains => Silo(0).GetRequiredService<IGrainFactory>();

    public BlogAuthoring Authoring => Silo(0).GetRequiredService<BlogAuthoring>();

    public JekyllImporter Importer => Silo(0).GetRequiredService<JekyllImporter>();

    /// <summary>The view pre-aggregator of silo <paramref name="index"/>.</summary>
    public ViewCounter Counter(int index = 0) => Silo(index).GetRequiredService<ViewCounter>();

    /// <summary>The services of silo <paramref name="index"/> (0 or 1).</summary>
    public IServiceProvider Silo(int index) => _cluster!.Silos[index].ServiceProvider;

    /// <summary>
    /// Starts a cluster; <paramref name="options"/> changes the blog domain's options on every silo, and
    /// <paramref name="services"/> adds services to every silo before the blog domain's own (which are only added when missing).
    /// </summary>
    public static async Task<BlogHost> StartAsync(FakeTimeProvider? time = null, Action<BloggingOptions>? options = null, Action<IServiceCollection>? services = null)
    {
        var folder = Directory.CreateTempSubdirectory("platform-blogging-").FullName;
        var host = new BlogHost(folder, time ?? new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero)), options, services);
        await host.StartClusterAsync();
        return host;
    }

    /// <summary>Stops every silo gracefully (the view counters flush, activations deactivate) and starts a new cluster.</summary>
    public async Task RestartAsync()
    {
        await _cluster!.StopAllSilosAsync();
        await _cluster.DisposeAsync();
        await StartClusterAsync();
    }

    /// <summary>Kills every silo (nothing is flushed or deactivated, as in a crash) and starts a new cluster over the same file.</summary>
    public async Task CrashAndRestartAsync()
    {
        foreach (var silo in _cluster!.Silos.ToArray())
        {
            await _cluster.KillSiloAsync(silo);
        }

        await _cluster.DisposeAsync();
        await StartClusterAsync();
    }

    public async Task<BlogSettings> CreateBlogAsync(string name = "demo", string timeZone = "UTC", string pattern = "pretty") =>
        await Authoring.CreateBlogAsync(new BlogSettings { Name = name, Title = $"The {name} blog", TimeZone = timeZone, PermalinkPattern = pattern });

    /// <summary>Reads a stored state the way the silos store it.</summary>
    public async Task<T> ReadStoredAsync<T>(string stateName, string grainType, string key)
        where T : new()
    {
        var state = new StoredState<T>();
        await Storage.ReadStateAsync(stateName, GrainId.Create(grainType, key), state);
        return state.State ?? new T();
    }

    /// <summary>Writes a state as an earlier release would have stored it (before its grain is activated).</summary>
    public async Task WriteStoredAsync<T>(string stateName, string grainType, string key, T value)
        where T : new()
    {
        var state = new StoredState<T>();
        var id = GrainId.Create(grainType, key);
        await Storage.ReadStateAsync(stateName, id, state);
        state.State = value;
        await Storage.WriteStateAsync(stateName, id, state);
    }

    /// <summary>Every index entry of a blog as stored (layout 3: in the partitions its own state lists).</summary>
    public async Task<IReadOnlyList<PostEntry>> ReadStoredEntriesAsync(string blog)
    {
        var own = await ReadStoredAsync<BlogState>("blog", "blog", blog);
        var entries = new List<PostEntry>(own.Posts.Values);
        foreach (var partition in PartitionSet.Parse(own.Partitions, BlogLayout.IndexPartitions).Members())
        {
            var row = await ReadStoredAsync<IndexBucketState>("index", BlogLayout.IndexGrainType, BlogLayout.PartitionKey(blog, partition));
            entries.AddRange(row.Posts.Values);
        }

        return entries;
    }

    /// <summary>A blog's stored views per day (layout 3: in its month rows).</summary>
    public async Task<IReadOnlyDictionary<string, long>> ReadStoredDaysAsync(string blog)
    {
        var stats = await ReadStoredAsync<BlogStatsState>("blogstats", "blog", blog);
        var days = new Dictionary<string, long>(stats.DailyViews, StringComparer.Ordinal);
        foreach (var month in stats.Months)
        {
            var row = await ReadStoredAsync<MonthViewsState>("days", BlogLayout.DaysGrainType, BlogLayout.MonthKey(blog, month));
            foreach (var (day, views) in row.Days)
            {
                days[day] = days.GetValueOrDefault(day) + views;
            }
        }

        return days;
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }

        ((IDisposable)Storage).Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task StartClusterAsync()
    {
        var builder = new InProcessTestClusterBuilder(SiloCount);
        var database = DatabasePath;
        var time = Time;
        var writes = Writes;
        var options = _options;
        var services = _services;
        builder.ConfigureSilo((_, silo) =>
        {
            services?.Invoke(silo.Services);
            silo.Services.AddSingleton<TimeProvider>(time);
            silo.Services.AddSingleton<IGrainStorageSerializer, BloggingStateSerializer>();
            silo.Services.AddGrainStorage(BloggingStorage.Name, (sp, _) => new BreakableStorage(new SqliteGrainStorage(
                new SqliteStorageOptions { Path = database, GrainStorageSerializer = sp.GetRequiredService<IGrainStorageSerializer>() }, null, time), writes));
            silo.Services.AddSingleton<Platform.Blogging.Media.IMediaStore>(new Platform.Blogging.Media.FileMediaStore(Path.Combine(Path.GetDirectoryName(database)!, "media")));
            silo.Services.AddBlogging();
            if (options is not null)
            {
                silo.Services.Configure(options);
            }
        });
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    private sealed class StoredState<T> : IGrainState<T>
        where T : new()
    {
        public T? State { get; set; } = new();

        public string? ETag { get; set; }

        public bool RecordExists { get; set; }
    }
}
