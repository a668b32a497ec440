using Azure.Storage.Blobs;
using Orleans.Hosting;
using Orleans.Runtime;
using Platform.Testing.Azurite;
using Platform.Storage.Tests.Azurite;
using Platform.Storage.Tests.Support;

namespace Platform.Storage.Tests.MultiHost;

[Collection(AzuriteGroup.Name)]
public sealed class AzureBlobTwoHostsTests(AzuriteFixture azurite) : TwoHostsTests
{
    private readonly string _container = "twohosts-" + Guid.NewGuid().ToString("N")[..12];

    protected override void AddStorage(ISiloBuilder silo) =>
        silo.AddAzureBlobGrainStorage(StorageCluster.ProviderName, o =>
        {
            o.BlobServiceClient = new BlobServiceClient(azurite.ConnectionString);
            o.ContainerName = _container;
        });

    /// <remarks>Orleans' blob layout is <c>{state}-{grain type}/{key}.json</c>: the name the previous release used too.</remarks>
    protected override async Task<string> ReadRawAsync(string stateName, GrainId id)
    {
        var blob = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(_container).GetBlobClient($"{stateName}-{id.Type}/{id.Key}.json");
        return (await blob.DownloadContentAsync()).Value.Content.ToString();
    }
}
