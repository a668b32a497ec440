namespace Platform.Gateway.Api.Media;

/// <summary>
/// A media item as the API shows it. <c>Path</c> is what a post links to (root-relative, so it works on every host
/// of the blog); <c>SrcSet</c>, <c>WebpSrcSet</c> and <c>Sizes</c> are what the blog's pages write for it.
/// </summary>
internal sealed record MediaResource(
    string Id,
    string Name,
    string ContentType,
    long Bytes,
    int Width,
    int Height,
    string Path,
    string Url,
    string SrcSet,
    string WebpSrcSet,
    string Sizes,
    IReadOnlyList<MediaVariantResource> Variants,
    DateTimeOffset UploadedAt,
    string Uploader);
