using Platform.Actors.Persistence;
using Platform.Storage.AzureBlob;
using Platform.Storage.Tests.Azurite;

namespace Platform.Storage.Tests.Conformance;

[Collection(AzuriteGroup.Name)]
public sealed class AzureBlobConformanceTests : GrainStorageConformanceTests, IDisposable
{
    private readonly AzureBlobGrainStorage _storage;
    private readonly AzureBlobGrainStorage _other;

    public AzureBlobConformanceTests(AzuriteFixture azurite)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        var container = "conformance-" + Guid.NewGuid().ToString("N")[..12];
        _storage = new AzureBlobGrainStorage(new AzureBlobStorageOptions { ConnectionString = azurite.ConnectionString, ContainerName = container });
        _other = new AzureBlobGrainStorage(new AzureBlobStorageOptions { ConnectionString = azurite.ConnectionString, ContainerName = container });
    }

    protected override IRevalidatingGrainStorage Storage => _storage;

    protected override IRevalidatingGrainStorage OtherStorage => _other;

    public void Dispose()
    {
        _storage.Dispose();
        _other.Dispose();
    }
}
