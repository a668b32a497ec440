using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.Storage;
using Orleans.TestingHost;
using Platform.Blogging.Hosting;

namespace Platform.Storage.Tests.Support;

/// <summary>
/// A two-silo Orleans cluster whose silos each hold their own instance of a storage provider (as two nodes would),
/// for the providers Orleans builds itself (memory, Azure Blob). State is written as the platform writes it.
/// </summary>
public sealed class StorageCluster : IAsyncDisposable
{
    public const string ProviderName = "store";
    private readonly InProcessTestCluster _cluster;

    private StorageCluster(InProcessTestCluster cluster) => _cluster = cluster;

    /// <summary>Silo <paramref name="index"/>'s provider instance.</summary>
    public IGrainStorage Storage(int index) => _cluster.Silos[index].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(ProviderName);

    /// <summary>Services of silo <paramref name="index"/>.</summary>
    public IServiceProvider Silo(int index) => _cluster.Silos[index].ServiceProvider;

    /// <summary>The cluster's grains.</summary>
    public IGrainFactory Grains => _cluster.Client;

    public static async Task<StorageCluster> StartAsync(Action<ISiloBuilder> addProvider, Action<IServiceCollection>? services = null)
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSingleton<IGrainStorageSerializer, BloggingStateSerializer>();
            addProvider(silo);
            services?.Invoke(silo.Services);
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new StorageCluster(cluster);
    }

    public async ValueTask DisposeAsync()
    {
        await _cluster.StopAllSilosAsync();
        await _cluster.DisposeAsync();
    }
}
