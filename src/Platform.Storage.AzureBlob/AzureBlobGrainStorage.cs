using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Actors;
using Platform.Actors.Persistence;

namespace Platform.Storage.AzureBlob;

/// <summary>
/// Grain storage in Azure Blob Storage, over the REST API, with Orleans' layout: container <c>grainstate</c>, one
/// block blob per state named <c>"{stateName}-{grainType}/{key}.json"</c> holding the state as JSON. The blob's
/// ETag is the state's ETag; writes carry <c>If-None-Match: *</c> (no ETag yet) or <c>If-Match</c>, so a writer
/// holding a stale version gets <see cref="InconsistentStateException"/>. The container is created on first use.
/// </summary>
public sealed class AzureBlobGrainStorage : IRevalidatingGrainStorage, IDisposable
{
    private const string JsonContentType = "application/json";
    private readonly AzureBlobStorageOptions _options;
    private readonly BlobRestClient _client;
    private readonly ContainerInitializer _container;
    private readonly ILogger _logger;

    /// <summary>Creates the provider; the options are validated here.</summary>
    public AzureBlobGrainStorage(AzureBlobStorageOptions options, ILogger<AzureBlobGrainStorage>? logger = null, TimeProvider? time = null)
        : this(options, logger, time, null)
    {
    }

    /// <summary>Tests only: <paramref name="wrapHandler"/> wraps the HTTP handler to inject faults.</summary>
    internal AzureBlobGrainStorage(AzureBlobStorageOptions options, ILogger<AzureBlobGrainStorage>? logger, TimeProvider? time, Func<HttpMessageHandler, HttpMessageHandler>? wrapHandler)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _logger = logger ?? NullLogger<AzureBlobGrainStorage>.Instance;
        var connection = StorageConnectionString.Parse(options.ConnectionString!);
        _client = new BlobRestClient(connection, options, _logger, time ?? TimeProvider.System, wrapHandler);
        _container = new ContainerInitializer(_client, options.ContainerName, connection.BlobEndpoint, _logger);
    }

    /// <inheritdoc />
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var blob = BlobNames.Of(stateName, grainId);
        await _container.EnsureAsync().ConfigureAwait(false);
        var response = await SendAsync(HttpMethod.Get, blob, null).ConfigureAwait(false);
        Apply(response, blob, grainState, "read");
    }

    /// <inheritdoc />
    public async Task<bool> RefreshStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var blob = BlobNames.Of(stateName, grainId);
        await _container.EnsureAsync().ConfigureAwait(false);
        var known = grainState.ETag;
        var response = await SendAsync(HttpMethod.Get, blob, known is null ? null : ("If-None-Match", known)).ConfigureAwait(false);
        if (response.Status == HttpStatusCode.NotModified)
        {
            return false;
        }

        Apply(response, blob, grainState, "refresh");
        return !string.Equals(known, grainState.ETag, StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var blob = BlobNames.Of(stateName, grainId);
        var payload = JsonSerializer.SerializeToUtf8Bytes(grainState.State, GrainStateJson.Options);
        await _container.EnsureAsync().ConfigureAwait(false);
        grainState.ETag = await PutAsync(stateName, grainId, blob, payload, grainState.ETag).ConfigureAwait(false);
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var blob = BlobNames.Of(stateName, grainId);
        await _container.EnsureAsync().ConfigureAwait(false);
        if (!_options.DeleteStateOnClear)
        {
            var empty = Activator.CreateInstance<T>();
            grainState.ETag = await PutAsync(stateName, grainId, blob, JsonSerializer.SerializeToUtf8Bytes(empty, GrainStateJson.Options), grainState.ETag).ConfigureAwait(false);
            grainState.State = empty;
            grainState.RecordExists = false;
            return;
        }

        if (grainState.ETag is null)
        {
            var head = await SendAsync(HttpMethod.Head, blob, null).ConfigureAwait(false);
            if (head.Status != HttpStatusCode.NotFound)
            {
                throw head.IsSuccess ? Conflict("clear", stateName, grainId, head.ETag, null) : Failure("clear", blob, head);
            }
        }
        else
        {
            var response = await SendAsync(HttpMethod.Delete, blob, ("If-Match", grainState.ETag)).ConfigureAwait(false);
            if (!response.IsSuccess)
            {
                if (response.Status is not (HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound or HttpStatusCode.Conflict))
                {
                    throw Failure("clear", blob, response);
                }

                // After an unclear failure, a blob that is now gone was most likely deleted by our own first attempt.
                // (If another writer deleted it instead, the outcome, no state, is the same one we asked for.)
                var stored = await StoredEtagAsync(blob).ConfigureAwait(false);
                if (!(response.Ambiguous && stored is null))
                {
                    throw Conflict("clear", stateName, grainId, stored, grainState.ETag);
                }

                AzureBlobStorageLog.EarlierAttemptLanded(_logger, blob);
            }
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    /// <summary>Releases the pooled HTTP connections.</summary>
    public void Dispose() => _client.Dispose();

    private async Task<string> PutAsync(string stateName, GrainId grainId, string blob, byte[] payload, string? etag)
    {
        var condition = etag is null ? ("If-None-Match", "*") : ("If-Match", etag);
        BlobRequest Build() =>
            new BlobRequest(HttpMethod.Put, _client.BlobUri(_options.ContainerName, BlobNames.Escape(blob))) { Content = payload, ContentType = JsonContentType }
                .With("x-ms-blob-type", "BlockBlob").With(condition.Item1, condition.Item2);
        var response = await _client.SendAsync(Build, blob).ConfigureAwait(false);
        if (response.ErrorCode == "ContainerNotFound")
        {
            // The container went away since it was created (deleted, or an emulator restarted): create it again, once.
            await _container.EnsureAsync(recreate: true).ConfigureAwait(false);
            response = await _client.SendAsync(Build, blob).ConfigureAwait(false);
        }

        if (response.IsSuccess)
        {
            return response.ETag ?? throw new GrainStorageException($"Azure Blob PUT of '{blob}' succeeded without an ETag.");
        }

        if (response.Status is HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed || (etag is not null && response.Status == HttpStatusCode.NotFound))
        {
            if (response.Ambiguous)
            {
                // An earlier attempt may have landed and then fenced out its own retry: if the stored bytes are
                // exactly ours, that attempt was the write.
                var stored = await SendAsync(HttpMethod.Get, blob, null).ConfigureAwait(false);
                if (stored.Status == HttpStatusCode.OK && stored.Body.AsSpan().SequenceEqual(payload) && stored.ETag is not null)
                {
                    AzureBlobStorageLog.EarlierAttemptLanded(_logger, blob);
                    return stored.ETag;
                }
            }

            throw Conflict("write", stateName, grainId, await StoredEtagAsync(blob).ConfigureAwait(false), etag);
        }

        throw Failure("write", blob, response);
    }

    private void Apply<T>(BlobResponse response, string blob, IGrainState<T> grainState, string operation)
    {
        if (response.Status == HttpStatusCode.NotFound)
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        if (response.Status != HttpStatusCode.OK)
        {
            throw Failure(operation, blob, response);
        }

        T state;
        try
        {
            state = JsonSerializer.Deserialize<T>(response.Body, GrainStateJson.Options)!;
        }
        catch (JsonException ex)
        {
            throw new GrainStorageException($"Azure Blob '{_options.ContainerName}/{blob}' cannot be read as {typeof(T).Name}: {ex.Message}", ex);
        }

        grainState.State = state;
        grainState.ETag = response.ETag;
        grainState.RecordExists = true;
    }

    private Task<BlobResponse> SendAsync(HttpMethod method, string blob, (string Name, string Value)? condition) =>
        _client.SendAsync(
            () =>
            {
                var request = new BlobRequest(method, _client.BlobUri(_options.ContainerName, BlobNames.Escape(blob)));
                return condition is { } c ? request.With(c.Name, c.Value) : request;
            },
            blob);

    private async Task<string?> StoredEtagAsync(string blob)
    {
        var head = await SendAsync(HttpMethod.Head, blob, null).ConfigureAwait(false);
        return head.IsSuccess ? head.ETag : null;
    }

    private InconsistentStateException Conflict(string operation, string stateName, GrainId grainId, string? stored, string? current)
    {
        AzureBlobStorageLog.Conflict(_logger, operation, stateName, grainId, stored, current);
        return new InconsistentStateException(
            $"Azure Blob storage refused to {operation} state '{stateName}' of {grainId}: it changed since it was read.", stored, current);
    }

    private GrainStorageException Failure(string operation, string blob, BlobResponse response) =>
        new($"Azure Blob storage could not {operation} '{_options.ContainerName}/{blob}': HTTP {(int)response.Status} {response.Status}, error code {response.ErrorCode ?? "(none)"}.");
}
