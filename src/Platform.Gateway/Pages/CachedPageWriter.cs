using Microsoft.AspNetCore.Http;

namespace Platform.Gateway.Pages;

/// <summary>Writes a <see cref="CachedPage"/>: validators, 304 when the client has it, no body for HEAD.</summary>
internal static class CachedPageWriter
{
    public static async Task ServeAsync(HttpContext context, CachedPage page)
    {
        var response = context.Response;
        response.StatusCode = page.StatusCode;
        Conditional.SetValidators(response, page.ETag, page.LastModified, page.CacheControl);
        if (page.StatusCode == StatusCodes.Status200OK && Conditional.IsNotModified(context.Request, page.ETag, page.LastModified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = page.ContentType;
        response.ContentLength = page.Body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(page.Body, context.RequestAborted);
        }
    }
}
