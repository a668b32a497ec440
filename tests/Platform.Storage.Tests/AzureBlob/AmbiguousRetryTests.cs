using Platform.Actors;
using Platform.Actors.Persistence;
using Platform.Storage.AzureBlob;
using Platform.Storage.Tests.Azurite;
using Platform.Storage.Tests.Conformance;

namespace Platform.Storage.Tests.AzureBlob;

/// <summary>A retried conditional request whose first attempt landed must neither fail nor write twice.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class AmbiguousRetryTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_write_whose_response_was_lost_is_recognised_on_retry(bool firstWrite)
    {
        var lose = new LoseResponseHandler(HttpMethod.Put);
        using var storage = Create(lose);
        using var observer = Create(null);
        var id = new GrainId("ambiguous", Guid.NewGuid().ToString("N"));
        var state = new GrainState<TestState>(new TestState { Count = 1 });
        if (!firstWrite)
        {
            await storage.WriteStateAsync("s", id, state);
        }

        lose.Enabled = true;
        state.State.Count = 2;
        await storage.WriteStateAsync("s", id, state);

        lose.Dropped.Should().Be(1);
        var stored = new GrainState<TestState>(new TestState());
        await observer.ReadStateAsync("s", id, stored);
        stored.State.Count.Should().Be(2);
        state.ETag.Should().Be(stored.ETag, "the writer adopts the ETag of the attempt that landed");
        state.State.Count = 3;
        await storage.WriteStateAsync("s", id, state);
    }

    [Fact]
    public async Task A_delete_whose_response_was_lost_is_recognised_on_retry()
    {
        var lose = new LoseResponseHandler(HttpMethod.Delete);
        using var storage = Create(lose);
        var id = new GrainId("ambiguous", Guid.NewGuid().ToString("N"));
        var state = new GrainState<TestState>(new TestState { Count = 1 });
        await storage.WriteStateAsync("s", id, state);

        lose.Enabled = true;
        await storage.ClearStateAsync("s", id, state);

        lose.Dropped.Should().Be(1);
        state.ETag.Should().BeNull();
    }

    private AzureBlobGrainStorage Create(LoseResponseHandler? handler) =>
        new(
            new AzureBlobStorageOptions { ConnectionString = azurite.ConnectionString, ContainerName = "ambiguous", RetryBaseDelay = TimeSpan.FromMilliseconds(10) },
            null,
            null,
            handler is null ? null : inner =>
            {
                handler.InnerHandler = inner;
                return handler;
            });
}
