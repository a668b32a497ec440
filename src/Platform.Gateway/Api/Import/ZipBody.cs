namespace Platform.Gateway.Api.Import;

/// <summary>Endpoint metadata: the endpoint also takes <c>application/zip</c>; the OpenAPI document says so.</summary>
internal sealed class ZipBody
{
    public static ZipBody Instance { get; } = new();

    private ZipBody()
    {
    }
}
