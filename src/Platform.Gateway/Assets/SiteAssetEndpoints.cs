using Microsoft.Net.Http.Headers;

namespace Platform.Gateway.Assets;

/// <summary>Maps <c>GET /_platform/assets/{name}</c>: the embedded stylesheet and images, cached for a year, with ETags.</summary>
internal static class SiteAssetEndpoints
{
    public static void MapSiteAssets(this IEndpointRouteBuilder app) =>
        app.MapMethods(SiteAssets.Prefix + "/{name}", [HttpMethods.Get, HttpMethods.Head], (string name, HttpContext context) =>
        {
            if (!SiteAssets.TryGet(name, out var asset))
            {
                return Results.NotFound();
            }

            var headers = context.Response.Headers;
            headers.CacheControl = "public, max-age=31536000, immutable";
            headers.ETag = asset.ETag;
            headers.XContentTypeOptions = "nosniff";
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
            var ifNoneMatch = context.Request.Headers.IfNoneMatch.ToString();
            return ifNoneMatch == asset.ETag
                ? Results.StatusCode(StatusCodes.Status304NotModified)
                : Results.Bytes(asset.Bytes, asset.ContentType);
        }).ExcludeFromDescription();
}
