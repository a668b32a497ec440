using Microsoft.Net.Http.Headers;
using Platform.Blogging.Media;
using Platform.Gateway.Tenancy;

namespace Platform.Gateway.Media;

/// <summary>
/// Serves a blog's media files on its own host: <c>/media/{id}/{width}w.{ext}</c> (see <see cref="MediaUrls"/>).
/// A URL names fixed bytes (the id comes from the upload's content), so answers are cached for a year as
/// immutable, with a strong ETag; <c>nosniff</c> and a CSP that lets nothing run. A file the blog does not have
/// (another blog's media among them) falls through to the blog's own 404 page. Other paths pass through.
/// </summary>
internal sealed class MediaFilesMiddleware(RequestDelegate next, MediaLibrary library)
{
    public const string CacheControl = "public, max-age=31536000, immutable";
    public const string Policy = "default-src 'none'; sandbox";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (context.GetBlogContext() is not { } blog
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || !MediaUrls.TryParse(request.Path.Value, out var id, out var width, out var extension))
        {
            await next(context);
            return;
        }

        var file = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{width}w.{extension}");
        var blob = await library.OpenAsync(blog.Blog, id, file, context.RequestAborted);
        if (blob is null)
        {
            await next(context);
            return;
        }

        await using (blob)
        {
            var response = context.Response;
            var etag = $"\"{id}-{width}{extension}\"";
            var headers = response.Headers;
            headers.ETag = etag;
            headers.CacheControl = CacheControl;
            headers.XContentTypeOptions = "nosniff";
            headers.ContentSecurityPolicy = Policy;
            if (request.Headers.IfNoneMatch.ToString() is { Length: > 0 } ifNoneMatch
                && (ifNoneMatch.Trim() == "*" || EntityTagHeaderValue.TryParseList([ifNoneMatch], out var tags) && tags.Any(t => t.Tag.Value == etag)))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            response.ContentType = ImageSniffer.ContentTypeOfFile(file);
            response.ContentLength = blob.Length;
            if (HttpMethods.IsGet(request.Method))
            {
                await blob.Content.CopyToAsync(response.Body, context.RequestAborted);
            }
        }
    }
}
