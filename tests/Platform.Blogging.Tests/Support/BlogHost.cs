using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Actors;
using Platform.Actors.Hosting;
using Platform.Blogging.Authoring;
using Platform.Blogging.Blogs;
using Platform.Blogging.Hosting;
using Platform.Blogging.Import;
using Platform.Storage.Memory;

namespace Platform.Blogging.Tests.Support;

/// <summary>
/// A host with the runtime and the blog domain over one shared memory store and a manual clock. A test can stop
/// it (gracefully) or drop it (a crash: nothing is flushed) and start another over the same store.
/// </summary>
public sealed class BlogHost : IAsyncDisposable
{
    private IHost? _host;
    private KillableStorage? _door;

    private BlogHost(MemoryGrainStorage storage, ManualTimeProvider time)
    {
        Storage = storage;
        Time = time;
    }

    public MemoryGrainStorage Storage { get; }

    public ManualTimeProvider Time { get; }

    public IServiceProvider Services => _host!.Services;

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public BlogAuthoring Authoring => Services.GetRequiredService<BlogAuthoring>();

    public JekyllImporter Importer => Services.GetRequiredService<JekyllImporter>();

    public static async Task<BlogHost> StartAsync(MemoryGrainStorage? storage = null, ManualTimeProvider? time = null)
    {
        var host = new BlogHost(storage ?? new MemoryGrainStorage(), time ?? new ManualTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero)));
        await host.StartHostAsync();
        return host;
    }

    /// <summary>Stops gracefully (every activation flushes) and starts a fresh host over the same store.</summary>
    public async Task RestartAsync()
    {
        await _host!.StopAsync();
        _host.Dispose();
        await StartHostAsync();
    }

    /// <summary>Simulates a crash: the host goes away without deactivating anything; a fresh host starts over the same store.</summary>
    public async Task CrashAndRestartAsync()
    {
        _door!.Kill();
        var dead = _host!;
        await StartHostAsync();
        await dead.StopAsync(); // its writes no longer reach the store: what it held in memory is lost, as in a crash
        dead.Dispose();
    }

    public async Task<BlogSettings> CreateBlogAsync(string name = "demo", string timeZone = "UTC", string pattern = "pretty") =>
        await Authoring.CreateBlogAsync(new BlogSettings { Name = name, Title = $"The {name} blog", TimeZone = timeZone, PermalinkPattern = pattern });

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }
    }

    private async Task StartHostAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Counters:FlushInterval"] = "00:00:05" });
        builder.Services.AddSingleton<TimeProvider>(Time);
        _door = new KillableStorage(Storage);
        var door = _door;
        builder.Services.AddActorRuntime(b =>
        {
            b.AddBloggingGrains();
            b.Services.AddKeyedSingleton<Platform.Actors.Persistence.IGrainStorage>(BloggingStorage.Name, door);
        });
        builder.Services.AddBlogging();
        _host = builder.Build();
        await _host.StartAsync();
    }
}
