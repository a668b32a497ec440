using Platform.Actors;
using Platform.Actors.Persistence;
using Platform.Storage.AzureBlob;
using Platform.Storage.Tests.Azurite;
using Platform.Storage.Tests.Conformance;

namespace Platform.Storage.Tests.AzureBlob;

/// <summary>Stops and restarts its own Azurite, so it runs apart from the shared one.</summary>
public sealed class AzuriteFaultTests : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite = new();

    public Task InitializeAsync() => _azurite.InitializeAsync();

    public Task DisposeAsync() => _azurite.DisposeAsync();

    [Fact]
    public async Task With_the_service_down_writes_fail_loudly_and_leave_the_etag_then_work_after_restart()
    {
        using var storage = new AzureBlobGrainStorage(new AzureBlobStorageOptions
        {
            ConnectionString = _azurite.ConnectionString,
            MaxRetries = 2,
            RetryBaseDelay = TimeSpan.FromMilliseconds(20),
            RequestTimeout = TimeSpan.FromSeconds(2),
        });
        var id = new GrainId("fault", Guid.NewGuid().ToString("N"));
        var state = new GrainState<TestState>(new TestState { Count = 1 });
        await storage.WriteStateAsync("s", id, state);
        var etag = state.ETag;

        _azurite.Stop();
        state.State.Count = 2;
        var write = () => storage.WriteStateAsync("s", id, state);
        var read = () => storage.ReadStateAsync("s", id, new GrainState<TestState>(new TestState()));

        (await write.Should().ThrowAsync<GrainStorageException>()).Which.Message.Should().Contain("s-fault/").And.Contain("3 attempt(s)");
        await read.Should().ThrowAsync<GrainStorageException>();
        state.ETag.Should().Be(etag, "a failed write must not pretend it stored anything");
        state.RecordExists.Should().BeTrue();

        await _azurite.StartAsync();
        // The in-memory emulator lost everything: the old ETag is now fenced out, and a fresh write works.
        await write.Should().ThrowAsync<InconsistentStateException>();
        var fresh = new GrainState<TestState>(new TestState { Count = 3 });
        await storage.WriteStateAsync("s", id, fresh);
        var back = new GrainState<TestState>(new TestState());
        await storage.ReadStateAsync("s", id, back);
        back.State.Count.Should().Be(3);
        back.ETag.Should().Be(fresh.ETag);
    }

    [Fact]
    public async Task Clear_without_delete_writes_the_default_state_like_orleans()
    {
        using var storage = new AzureBlobGrainStorage(new AzureBlobStorageOptions { ConnectionString = _azurite.ConnectionString, DeleteStateOnClear = false });
        var id = new GrainId("keep", Guid.NewGuid().ToString("N"));
        var state = new GrainState<TestState>(new TestState { Count = 4 });
        await storage.WriteStateAsync("s", id, state);

        await storage.ClearStateAsync("s", id, state);
        var back = new GrainState<TestState>(new TestState());
        await storage.ReadStateAsync("s", id, back);

        state.RecordExists.Should().BeFalse();
        state.ETag.Should().NotBeNull();
        back.State.Count.Should().Be(0);
        back.ETag.Should().Be(state.ETag);
    }

    [Fact]
    public async Task A_wrong_account_key_surfaces_the_status_and_service_error_code()
    {
        var wrongKey = Convert.ToBase64String(new byte[64]);
        using var storage = new AzureBlobGrainStorage(new AzureBlobStorageOptions
        {
            ConnectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={wrongKey};BlobEndpoint=http://127.0.0.1:{_azurite.Port}/devstoreaccount1",
            ContainerName = "wrongkey",
        });

        var act = () => storage.ReadStateAsync("s", new GrainId("x", "y"), new GrainState<TestState>(new TestState()));

        var message = (await act.Should().ThrowAsync<GrainStorageException>()).Which.Message;
        message.Should().Contain("403").And.Contain("AuthorizationFailure").And.NotContain(wrongKey);
    }
}
