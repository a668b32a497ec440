using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Platform.Blogging.Media;

namespace Platform.Gateway.Engine;

/// <summary>
/// Media files in an Azure Blob container (<c>Storage:AzureBlob:MediaContainerName</c>, default <c>media</c>), as
/// blobs named <c>{blog}/{path}</c> with their content type set. The container is created on first use.
/// </summary>
internal sealed class AzureBlobMediaStore(BlobContainerClient container) : IMediaStore
{
    private int _created;

    public async Task PutAsync(string blog, string path, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
    {
        var blob = await BlobAsync(blog, path, cancellationToken).ConfigureAwait(false);
        var options = new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } };
        await blob.UploadAsync(new BinaryData(content), options, cancellationToken).ConfigureAwait(false);
    }

    public async Task<MediaBlob?> OpenAsync(string blog, string path, CancellationToken cancellationToken)
    {
        var blob = await BlobAsync(blog, path, cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await blob.DownloadStreamingAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return new MediaBlob(response.Value.Content, response.Value.Details.ContentLength);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string blog, string path, CancellationToken cancellationToken)
    {
        var blob = await BlobAsync(blog, path, cancellationToken).ConfigureAwait(false);
        await blob.DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<MediaBlobInfo> ListAsync(string blog, string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        MediaPaths.CheckBlog(blog);
        MediaPaths.CheckPrefix(prefix);
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        var root = blog + "/";

        // Azure lists blobs in lexicographic (ordinal) order of name.
        await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions { Prefix = root + prefix }, cancellationToken).ConfigureAwait(false))
        {
            yield return new MediaBlobInfo(item.Name[root.Length..], item.Properties.ContentLength ?? 0);
        }
    }

    private async Task<BlobClient> BlobAsync(string blog, string path, CancellationToken cancellationToken)
    {
        MediaPaths.CheckBlog(blog);
        MediaPaths.CheckPath(path);
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        return container.GetBlobClient(blog + "/" + path);
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _created) == 0)
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _created, 1);
        }
    }
}
