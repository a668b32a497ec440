namespace Platform.Storage.Tests.AzureBlob;

/// <summary>
/// Lets the first <paramref name="method"/> request reach the service, then drops its response as a broken
/// connection would: the request landed, the client cannot know.
/// </summary>
public sealed class LoseResponseHandler(HttpMethod method) : DelegatingHandler
{
    private int _dropped;

    public int Dropped => _dropped;

    public bool Enabled { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (Enabled && request.Method == method && Interlocked.CompareExchange(ref _dropped, 1, 0) == 0)
        {
            response.Dispose();
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "Injected fault: the connection closed before the response arrived.");
        }

        return response;
    }
}
