using System.Net;

namespace Platform.Storage.AzureBlob;

/// <summary>What the client keeps of a Blob service response.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="ETag">The <c>ETag</c> header, quotes included, as the service sent it.</param>
/// <param name="ErrorCode">The service's <c>x-ms-error-code</c>, if any.</param>
/// <param name="Body">The body of a successful GET.</param>
/// <param name="Ambiguous">
/// True when an earlier attempt of this request failed in a way that may have reached the service
/// (timeout, dropped connection, 5xx): a conditional write's "condition failed" may then be its own earlier success.
/// </param>
internal sealed record BlobResponse(HttpStatusCode Status, string? ETag, string? ErrorCode, byte[]? Body, bool Ambiguous)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;
}
