using System.Text;
using Azure.Storage.Blobs;
using Platform.Blogging.Media;
using Platform.Gateway.Engine;
using Platform.Gateway.Tests.Upgrade;
using Platform.Testing.Azurite;

namespace Platform.Gateway.Tests.Media;

/// <summary>The Azure Blob media store against Azurite: the same contract as the folder and memory stores.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class AzureBlobMediaStoreTests(AzuriteFixture azurite)
{
    private (AzureBlobMediaStore Store, BlobContainerClient Container) NewStore()
    {
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("media-" + Guid.NewGuid().ToString("N")[..12]);
        return (new AzureBlobMediaStore(container), container);
    }

    [Fact]
    public async Task Files_are_blobs_named_by_blog_and_path_with_their_content_type_and_one_blog_never_reads_another()
    {
        var (store, container) = NewStore();
        await store.PutAsync("alpha", "abc/600w.png", Encoding.UTF8.GetBytes("one"), "image/png", default);
        await store.PutAsync("alpha", "abc/1000w.webp", Encoding.UTF8.GetBytes("two!"), "image/webp", default);
        await store.PutAsync("beta", "xyz/600w.png", Encoding.UTF8.GetBytes("other"), "image/png", default);

        (await container.GetBlobClient("alpha/abc/1000w.webp").GetPropertiesAsync()).Value.ContentType.Should().Be("image/webp");
        await using (var blob = await store.OpenAsync("alpha", "abc/600w.png", default))
        {
            blob!.Length.Should().Be(3);
            using var reader = new StreamReader(blob.Content);
            (await reader.ReadToEndAsync()).Should().Be("one");
        }

        var listed = new List<MediaBlobInfo>();
        await foreach (var file in store.ListAsync("alpha", "", default))
        {
            listed.Add(file);
        }

        listed.Should().Equal(new MediaBlobInfo("abc/1000w.webp", 4), new MediaBlobInfo("abc/600w.png", 3));
        (await store.OpenAsync("beta", "abc/600w.png", default)).Should().BeNull();
        await FluentActions.Awaiting(() => store.OpenAsync("alpha", "../beta/xyz/600w.png", default)).Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task Deleting_removes_the_blob_and_deleting_again_is_no_error()
    {
        var (store, container) = NewStore();
        await store.PutAsync("gamma", "k/1w.png", new byte[] { 1, 2, 3 }, "image/png", default);

        await store.DeleteAsync("gamma", "k/1w.png", default);
        await store.DeleteAsync("gamma", "k/1w.png", default);

        (await store.OpenAsync("gamma", "k/1w.png", default)).Should().BeNull();
        (await container.GetBlobClient("gamma/k/1w.png").ExistsAsync()).Value.Should().BeFalse();
    }
}
