using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Platform.Actors.Persistence;

namespace Platform.Storage.AzureBlob;

/// <summary>
/// A minimal Blob service client: builds, signs and sends requests over one pooled <see cref="SocketsHttpHandler"/>,
/// retrying 408, 429, 5xx, timeouts and connection failures with exponential backoff and jitter. Every request
/// this provider sends is safe to repeat: reads are reads, and writes and deletes are fenced by ETag conditions.
/// </summary>
internal sealed class BlobRestClient : IDisposable
{
    /// <summary>The REST API version sent as <c>x-ms-version</c>; Azurite 3.35 accepts it without <c>--skipApiVersionCheck</c>.</summary>
    public const string ApiVersion = "2025-01-05";

    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);
    private readonly StorageConnectionString _connection;
    private readonly AzureBlobStorageOptions _options;
    private readonly HttpClient _http;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    /// <param name="connection">Where and how to connect.</param>
    /// <param name="options">Timeouts and retries.</param>
    /// <param name="logger">Receives retry warnings.</param>
    /// <param name="time">Dates requests and paces retries.</param>
    /// <param name="wrapHandler">Tests only: wraps the pooled handler (to inject faults).</param>
    public BlobRestClient(StorageConnectionString connection, AzureBlobStorageOptions options, ILogger logger, TimeProvider time, Func<HttpMessageHandler, HttpMessageHandler>? wrapHandler = null)
    {
        _connection = connection;
        _options = options;
        _logger = logger;
        _time = time;
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            ConnectTimeout = options.RequestTimeout < TimeSpan.FromSeconds(5) ? options.RequestTimeout : TimeSpan.FromSeconds(5),
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        _http = new HttpClient(wrapHandler is null ? handler : wrapHandler(handler)) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public Uri BlobUri(string container, string escapedBlobName) => Build($"/{container}/{escapedBlobName}", null);

    public Uri ContainerUri(string container) => Build($"/{container}", "restype=container");

    /// <summary>Sends the request built by <paramref name="build"/> (rebuilt per attempt, so each is freshly dated and signed).</summary>
    public async Task<BlobResponse> SendAsync(Func<BlobRequest> build, string resource, CancellationToken cancellationToken = default)
    {
        var ambiguous = false;
        for (var attempt = 0; ; attempt++)
        {
            var request = build();
            Exception? failure = null;
            BlobResponse? response = null;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.RequestTimeout);
            try
            {
                using var message = ToMessage(request);
                using var reply = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
                response = await ReadAsync(reply, ambiguous, timeout.Token).ConfigureAwait(false);
            }
            catch (HttpRequestException ex)
            {
                failure = ex;
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                failure = new TimeoutException($"No answer within {_options.RequestTimeout.TotalMilliseconds:0} ms.", ex);
            }

            var retriable = failure is not null || IsRetriable(response!.Status);
            if (!retriable)
            {
                return response!;
            }

            // A refused connection never reached the service; anything else may have.
            ambiguous |= !(failure is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } && failure.InnerException is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused });
            if (attempt >= _options.MaxRetries)
            {
                if (failure is not null)
                {
                    throw new GrainStorageException(
                        $"Azure Blob {request.Method} of '{resource}' at {_connection.BlobEndpoint.GetLeftPart(UriPartial.Authority)} failed after {attempt + 1} attempt(s): {failure.Message}", failure);
                }

                return response! with { Ambiguous = ambiguous };
            }

            var delay = Backoff(attempt);
            AzureBlobStorageLog.Retrying(_logger, request.Method.Method, resource, attempt + 1, response?.Status is { } s ? ((int)s).ToString(CultureInfo.InvariantCulture) : failure!.GetType().Name, delay.TotalMilliseconds);
            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose() => _http.Dispose();

    private static bool IsRetriable(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    private static async Task<BlobResponse> ReadAsync(HttpResponseMessage reply, bool ambiguous, CancellationToken cancellationToken)
    {
        var etag = reply.Headers.TryGetValues("ETag", out var etags) ? etags.FirstOrDefault() : null;
        var errorCode = reply.Headers.TryGetValues("x-ms-error-code", out var codes) ? codes.FirstOrDefault() : null;
        byte[]? body = null;
        if (reply.StatusCode == HttpStatusCode.OK)
        {
            body = await reply.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }

        return new BlobResponse(reply.StatusCode, etag, errorCode, body, ambiguous);
    }

    private TimeSpan Backoff(int attempt)
    {
        var exponential = _options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, attempt);
#pragma warning disable CA5394 // Jitter only spreads retries; it needs no cryptographic randomness.
        var jittered = exponential * (1 + (Random.Shared.NextDouble() * 0.5));
#pragma warning restore CA5394
        return TimeSpan.FromMilliseconds(Math.Min(jittered, MaxDelay.TotalMilliseconds));
    }

    private Uri Build(string path, string? query)
    {
        var sas = _connection.SharedAccessSignature;
        var fullQuery = (query, sas) switch
        {
            (null, null) => string.Empty,
            (null, _) => "?" + sas,
            (_, null) => "?" + query,
            _ => "?" + query + "&" + sas,
        };
        // No canonicalisation: .NET would otherwise unescape "%2E%2E" and fold dot segments into another blob's path.
        return new Uri(_connection.BlobEndpoint.AbsoluteUri.TrimEnd('/') + path + fullQuery, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
    }

    private HttpRequestMessage ToMessage(BlobRequest request)
    {
        request.With("x-ms-date", _time.GetUtcNow().ToString("R", CultureInfo.InvariantCulture)).With("x-ms-version", ApiVersion);
        if (_connection.AccountKey is { } key)
        {
            request.With("Authorization", SharedKeySigner.Authorization(request, _connection.AccountName!, key));
        }

        var message = new HttpRequestMessage(request.Method, request.Uri);
        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (request.Content is not null)
        {
            message.Content = new ByteArrayContent(request.Content);
            message.Content.Headers.ContentType = request.ContentType is null ? null : new MediaTypeHeaderValue(request.ContentType);
        }
        else if (request.Method == HttpMethod.Put)
        {
            message.Content = new ByteArrayContent([]);
        }

        return message;
    }
}
