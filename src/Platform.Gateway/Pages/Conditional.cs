using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Platform.Gateway.Pages;

/// <summary>Validators and 304s: <c>If-None-Match</c> (weak comparison, as RFC 9110 asks for GET) wins over <c>If-Modified-Since</c>.</summary>
internal static class Conditional
{
    public static void SetValidators(HttpResponse response, string etag, DateTimeOffset? lastModified, string cacheControl)
    {
        var headers = response.GetTypedHeaders();
        response.Headers.ETag = etag;
        if (lastModified is { } modified)
        {
            headers.LastModified = Truncate(modified);
        }

        response.Headers.CacheControl = cacheControl;
        response.Headers.Vary = "Accept-Encoding";
    }

    public static bool IsNotModified(HttpRequest request, string etag, DateTimeOffset? lastModified)
    {
        var headers = request.GetTypedHeaders();
        var ifNoneMatch = headers.IfNoneMatch;
        if (ifNoneMatch is { Count: > 0 })
        {
            var current = EntityTagHeaderValue.Parse(etag);
            return ifNoneMatch.Any(tag => tag.Tag == "*" || tag.Compare(current, useStrongComparison: false));
        }

        return lastModified is { } modified && headers.IfModifiedSince is { } since && Truncate(modified) <= since;
    }

    private static DateTimeOffset Truncate(DateTimeOffset value) =>
        new(value.UtcDateTime.Ticks - (value.UtcDateTime.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
