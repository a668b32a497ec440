using System.Security.Cryptography;
using System.Text;
using Platform.Actors;
using Platform.Actors.Persistence;
using Platform.Storage.AzureBlob;
using Platform.Storage.Tests.Azurite;
using Platform.Storage.Tests.Conformance;

namespace Platform.Storage.Tests.AzureBlob;

/// <summary>The provider authorised by an account SAS instead of the key (the key is used here only to mint the SAS).</summary>
[Collection(AzuriteGroup.Name)]
public sealed class SharedAccessSignatureTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_sas_connection_string_reads_writes_refreshes_and_clears_with_etag_fencing()
    {
        using var storage = new AzureBlobGrainStorage(new AzureBlobStorageOptions
        {
            ConnectionString = $"BlobEndpoint=http://127.0.0.1:{azurite.Port}/devstoreaccount1;SharedAccessSignature={AccountSas()}",
            ContainerName = "sas-" + Guid.NewGuid().ToString("N")[..12],
        });
        var id = new GrainId("sas", "첫 글/" + Guid.NewGuid().ToString("N"));
        var state = new GrainState<TestState>(new TestState { Count = 1 });

        await storage.WriteStateAsync("s", id, state);
        var read = new GrainState<TestState>(new TestState());
        await storage.ReadStateAsync("s", id, read);
        state.State.Count = 2;
        await storage.WriteStateAsync("s", id, state);
        var stale = () => storage.WriteStateAsync("s", id, read);

        read.State.Count.Should().Be(1);
        await stale.Should().ThrowAsync<InconsistentStateException>();
        (await storage.RefreshStateAsync("s", id, read)).Should().BeTrue();
        read.State.Count.Should().Be(2);
        await storage.ClearStateAsync("s", id, read);
        read.RecordExists.Should().BeFalse();
    }

    [Fact]
    public async Task A_sas_with_a_wrong_signature_is_refused_by_the_service()
    {
        var forged = AccountSas(Convert.ToBase64String(new byte[64]));
        using var storage = new AzureBlobGrainStorage(new AzureBlobStorageOptions
        {
            ConnectionString = $"BlobEndpoint=http://127.0.0.1:{azurite.Port}/devstoreaccount1;SharedAccessSignature={forged}",
            ContainerName = "sas-forged",
        });

        var act = () => storage.ReadStateAsync("s", new GrainId("sas", "k"), new GrainState<TestState>(new TestState()));

        (await act.Should().ThrowAsync<GrainStorageException>()).Which.Message.Should().Contain("403");
    }

    /// <summary>An account SAS (version 2020-12-06 and later string-to-sign) for blob service, container and object, read/write/delete/create.</summary>
    private static string AccountSas(string accountKey = StorageConnectionString.DevelopmentAccountKey)
    {
        const string version = "2025-01-05";
        const string expiry = "2099-01-01T00:00:00Z";
        var stringToSign = string.Join('\n', "devstoreaccount1", "rwdc", "b", "sco", string.Empty, expiry, string.Empty, string.Empty, version, string.Empty, string.Empty);
        var key = Convert.FromBase64String(accountKey);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
        return $"sv={version}&ss=b&srt=sco&sp=rwdc&se={Uri.EscapeDataString(expiry)}&sig={Uri.EscapeDataString(signature)}";
    }
}
