namespace Platform.Storage.AzureBlob;

/// <summary>
/// One Blob service request as this client describes it before signing: the signer reads exactly these headers,
/// so the string it signs and the bytes on the wire cannot drift apart.
/// </summary>
internal sealed class BlobRequest(HttpMethod method, Uri uri)
{
    public HttpMethod Method { get; } = method;

    public Uri Uri { get; } = uri;

    /// <summary>Headers other than content headers, in the order added (x-ms-* and conditional headers).</summary>
    public List<KeyValuePair<string, string>> Headers { get; } = [];

    public byte[]? Content { get; init; }

    public string? ContentType { get; init; }

    public string? Header(string name) =>
        Headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    public BlobRequest With(string name, string value)
    {
        Headers.Add(new(name, value));
        return this;
    }
}
