using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Platform.Gateway.Pages;

/// <summary>Validators and 304s: <c>If-None-Match</c> (weak comparison, as RFC 9110 asks for GET) wins over <c>If-Modified-Since</c>.</summary>
internal static class Conditional
{
    public static void SetValidators(HttpResponse response, string etag, DateTimeOffset? lastModified, string cacheControl) =>
        SetValidators(response, etag, lastModified is { } modified ? HttpDate(modified) : null, cacheControl);

    public static void SetValidators(HttpResponse response, string etag, string? lastModifiedHttpDate, string cacheControl)
    {
        var headers = response.Headers;
        headers.ETag = etag;
        if (lastModifiedHttpDate is not null)
        {
            headers.LastModified = lastModifiedHttpDate;
        }

        headers.CacheControl = cacheControl;
        headers.Vary = "Accept-Encoding";
    }

    /// <summary>An HTTP date (RFC 9110 IMF-fixdate), to the second.</summary>
    public static string HttpDate(DateTimeOffset value) => Truncate(value).ToString("r", System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsNotModified(HttpRequest request, string etag, DateTimeOffset? lastModified)
    {
        var raw = request.Headers;
        if (!raw.ContainsKey(HeaderNames.IfNoneMatch) && !raw.ContainsKey(HeaderNames.IfModifiedSince))
        {
            return false;
        }

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
