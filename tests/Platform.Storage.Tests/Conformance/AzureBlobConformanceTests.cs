using Azure.Storage.Blobs;
using Orleans.Hosting;
using Orleans.Storage;
using Platform.Testing.Azurite;
using Platform.Storage.Tests.Azurite;
using Platform.Storage.Tests.Support;

namespace Platform.Storage.Tests.Conformance;

/// <summary>Orleans' Azure Blob provider (<c>Storage:Provider=azureblob</c>) on Azurite, through two silos with their own clients.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class AzureBlobConformanceTests(AzuriteFixture azurite) : GrainStorageConformanceTests, IAsyncLifetime
{
    private readonly string _container = "conformance-" + Guid.NewGuid().ToString("N")[..12];
    private StorageCluster? _cluster;

    protected override IGrainStorage Storage => _cluster!.Storage(0);

    protected override IGrainStorage OtherStorage => _cluster!.Storage(1);

    /// <summary>Orleans' blob provider deletes without a condition when the caller holds no ETag.</summary>
    protected override bool FencesClearWithoutEtag => false;

    public async Task InitializeAsync() => _cluster = await StorageCluster.StartAsync(silo => silo.AddAzureBlobGrainStorage(StorageCluster.ProviderName, o =>
    {
        o.BlobServiceClient = new BlobServiceClient(azurite.ConnectionString);
        o.ContainerName = _container;
    }));

    public async Task DisposeAsync() => await _cluster!.DisposeAsync();
}
