using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Actors.Hosting;
using Platform.Storage.Memory;

namespace Platform.Actors.Tests.Support;

/// <summary>
/// In the shape of Orleans' in-process test cluster: several hosts in one process, each with its own runtime and
/// activations, all sharing one storage (here one <see cref="MemoryGrainStorage"/>; other providers can be passed).
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly List<IHost> _hosts = [];

    private TestCluster()
    {
    }

    public MemoryGrainStorage Storage { get; } = new();

    /// <summary>A second provider, registered as "other".</summary>
    public MemoryGrainStorage OtherStorage { get; } = new();

    public IReadOnlyList<IHost> Hosts => _hosts;

    public IGrainFactory Client => GrainFactory(0);

    public IGrainFactory GrainFactory(int host) => _hosts[host].Services.GetRequiredService<IGrainFactory>();

    public static async Task<TestCluster> StartAsync(
        int hosts = 1,
        Action<ActorRuntimeOptions>? options = null,
        TimeProvider? time = null,
        Action<IServiceCollection>? services = null)
    {
        var cluster = new TestCluster();
        for (var i = 0; i < hosts; i++)
        {
            await cluster.AddHostAsync(options, time, services);
        }

        return cluster;
    }

    public async Task<IHost> AddHostAsync(Action<ActorRuntimeOptions>? options = null, TimeProvider? time = null, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Services.AddLogging();
        builder.Services.AddSingleton<EventLog>();
        services?.Invoke(builder.Services);
        builder.Services.AddActorRuntime(b =>
        {
            b.AddGrainsFromAssembly(typeof(TestCluster).Assembly, t => t.Namespace == typeof(Grains.CounterGrain).Namespace);
            b.AddMemoryGrainStorage(instance: Storage);
            b.AddMemoryGrainStorage("other", OtherStorage);
            b.Configure(o =>
            {
                o.ResponseTimeout = TimeSpan.FromSeconds(5);
                options?.Invoke(o);
            });
        });
        var host = builder.Build();
        await host.StartAsync();
        _hosts.Add(host);
        return host;
    }

    public async Task StopHostAsync(int index)
    {
        await _hosts[index].StopAsync();
        _hosts[index].Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            try
            {
                await host.StopAsync();
            }
            catch (ObjectDisposedException)
            {
                // Stopped and disposed by the test already.
            }

            host.Dispose();
        }
    }
}
