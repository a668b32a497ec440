namespace Platform.Gateway.Api.Media;

/// <summary>One stored file of a media item: its root-relative path on the blog's host, absolute URL, size and type.</summary>
internal sealed record MediaVariantResource(string Path, string Url, int Width, int Height, string ContentType, long Bytes);
