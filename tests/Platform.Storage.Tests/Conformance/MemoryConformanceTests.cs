using Orleans.Hosting;
using Orleans.Storage;
using Platform.Storage.Tests.Support;

namespace Platform.Storage.Tests.Conformance;

/// <summary>Orleans' in-memory storage (<c>Storage:Provider=memory</c>), through two silos of one cluster.</summary>
public sealed class MemoryConformanceTests : GrainStorageConformanceTests, IAsyncLifetime
{
    private StorageCluster? _cluster;

    protected override IGrainStorage Storage => _cluster!.Storage(0);

    protected override IGrainStorage OtherStorage => _cluster!.Storage(1);

    public async Task InitializeAsync() => _cluster = await StorageCluster.StartAsync(silo => silo.AddMemoryGrainStorage(StorageCluster.ProviderName));

    public async Task DisposeAsync() => await _cluster!.DisposeAsync();
}
