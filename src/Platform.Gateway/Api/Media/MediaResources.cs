using Platform.Blogging.Blogs;
using Platform.Blogging.Media;

namespace Platform.Gateway.Api.Media;

/// <summary>Builds <see cref="MediaResource"/>s, with absolute URLs on the blog's public address.</summary>
internal static class MediaResources
{
    public static MediaResource Of(MediaItem item, string blogBase)
    {
        var path = MediaUrls.FullSize(item);
        return new MediaResource(
            item.Id,
            item.OriginalName,
            item.ContentType,
            item.Bytes,
            item.Width,
            item.Height,
            path,
            blogBase + path,
            MediaUrls.SrcSet(item, webp: false),
            MediaUrls.SrcSet(item, webp: true),
            MediaUrls.DefaultSizes,
            item.Variants.Select(v => new MediaVariantResource(MediaUrls.Of(item, v), blogBase + MediaUrls.Of(item, v), v.Width, v.Height, v.ContentType, v.Bytes)).ToArray(),
            item.UploadedAt,
            item.Uploader);
    }

    public static string BlogBase(ApiServices services, BlogSettings settings) => services.Urls.BlogBase(services.Request, settings);
}
