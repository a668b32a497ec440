using Platform.Actors.Hosting;
using Platform.Actors.Persistence;
using Platform.Storage.AzureBlob;
using Platform.Storage.Tests.Azurite;

namespace Platform.Storage.Tests.MultiHost;

[Collection(AzuriteGroup.Name)]
public sealed class AzureBlobTwoHostsTests(AzuriteFixture azurite) : TwoHostsTests, IDisposable
{
    private readonly string _container = "twohosts-" + Guid.NewGuid().ToString("N")[..12];
    private AzureBlobGrainStorage? _reader;

    protected override void AddStorage(ActorRuntimeBuilder builder) =>
        builder.AddAzureBlobGrainStorage(CounterGrain.StorageName, o =>
        {
            o.ConnectionString = azurite.ConnectionString;
            o.ContainerName = _container;
        });

    protected override IGrainStorage OpenStore() =>
        _reader ??= new AzureBlobGrainStorage(new AzureBlobStorageOptions { ConnectionString = azurite.ConnectionString, ContainerName = _container });

    public void Dispose() => _reader?.Dispose();
}
