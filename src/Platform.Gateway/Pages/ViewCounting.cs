using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace Platform.Gateway.Pages;

/// <summary>
/// Which requests are views: a GET (not HEAD) from something that says it is a browser, that is not a known bot or
/// link previewer, and is not a prefetch or prerender (<c>Sec-Purpose</c>, <c>Purpose</c>, <c>X-Moz</c>, <c>X-Purpose</c>).
/// A request with no User-Agent at all is not counted: browsers always send one.
/// </summary>
internal static class ViewCounting
{
    /// <summary>Lower-case fragments of crawler, monitor, previewer and tool user agents. Kept in one place; extend it as new bots appear.</summary>
    public static readonly string[] BotFragments =
    [
        "bot", "crawl", "spider", "slurp", "scrap", "facebookexternalhit", "facebookcatalog", "embedly", "quora link preview",
        "outbrain", "pinterest", "vkshare", "w3c_validator", "whatsapp", "telegram", "discord", "skypeuripreview",
        "bitlybot", "tumblr", "redditbot", "linkedinbot", "slack", "mastodon", "feedfetcher", "feedly", "inoreader",
        "newsblur", "rss", "preview", "headless", "lighthouse", "pagespeed", "pingdom", "uptimerobot", "statuscake",
        "monitor", "curl", "wget", "python-requests", "python-urllib", "aiohttp", "httpclient", "okhttp", "go-http-client",
        "java/", "libwww", "axios", "node-fetch", "postman", "insomnia", "wrk", "apachebench", "hey/", "k6/",
    ];

    private static readonly SearchValues<string> s_bots = SearchValues.Create(BotFragments, StringComparison.OrdinalIgnoreCase);

    public static bool IsView(HttpRequest request) =>
        IsPageRequest(request) && !IsBot(request.Headers.UserAgent.ToString());

    /// <summary>A GET that is not a prefetch: a view unless its User-Agent is a bot's.</summary>
    public static bool IsPageRequest(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && !IsPrefetch(request.Headers);

    public static bool IsBot(string userAgent)
    {
        return string.IsNullOrWhiteSpace(userAgent) || userAgent.AsSpan().ContainsAny(s_bots);
    }

    public static bool IsPrefetch(IHeaderDictionary headers) =>
        headers.Count > 0 && (headers.ContainsKey("Sec-Purpose") || headers.ContainsKey("Purpose") || headers.ContainsKey("X-Purpose") || headers.ContainsKey("X-Moz")) && IsPrefetchHeader(headers);

    private static bool IsPrefetchHeader(IHeaderDictionary headers) =>
        Contains(headers["Sec-Purpose"], "prefetch") || Contains(headers["Sec-Purpose"], "prerender")
        || Contains(headers["Purpose"], "prefetch") || Contains(headers["X-Purpose"], "preview")
        || Contains(headers["X-Moz"], "prefetch");

    private static bool Contains(Microsoft.Extensions.Primitives.StringValues values, string token)
    {
        foreach (var value in values)
        {
            if (value is not null && value.Contains(token, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
