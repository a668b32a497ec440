using System.Net;
using Microsoft.Extensions.Logging;
using Platform.Actors.Persistence;

namespace Platform.Storage.AzureBlob;

/// <summary>
/// Creates the container once, on the first storage operation. Lazy rather than a hosted service: the provider
/// then works the same inside and outside a host, needs no start-order contract with the actor runtime, and a
/// store that is down at startup does not stop the host; a failed attempt is retried by the next operation.
/// </summary>
internal sealed class ContainerInitializer(BlobRestClient client, string container, Uri endpoint, ILogger logger)
{
    private readonly Lock _lock = new();
    private Task? _created;

    /// <summary>Creates the container unless an earlier call did; <paramref name="recreate"/> forgets an earlier success.</summary>
    public Task EnsureAsync(bool recreate = false)
    {
        lock (_lock)
        {
            if (_created is null || _created.IsFaulted || _created.IsCanceled || (recreate && _created.IsCompletedSuccessfully))
            {
                _created = CreateAsync();
            }

            return _created;
        }
    }

    private async Task CreateAsync()
    {
        var response = await client.SendAsync(() => new BlobRequest(HttpMethod.Put, client.ContainerUri(container)), container).ConfigureAwait(false);
        if (!response.IsSuccess && !(response.Status == HttpStatusCode.Conflict && response.ErrorCode == "ContainerAlreadyExists"))
        {
            throw new GrainStorageException(
                $"Azure Blob storage could not create container '{container}': HTTP {(int)response.Status} {response.Status}, error code {response.ErrorCode ?? "(none)"}.");
        }

        AzureBlobStorageLog.ContainerReady(logger, container, endpoint);
    }
}
