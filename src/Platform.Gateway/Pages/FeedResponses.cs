using Microsoft.AspNetCore.Http;

namespace Platform.Gateway.Pages;

/// <summary>Serves a blog's feeds, sitemap and robots.txt (wired to the writers in <c>Feeds/</c>).</summary>
internal sealed class FeedResponses
{
    /// <summary>Serves the request if it names a feed or discovery file; false otherwise.</summary>
#pragma warning disable CA1822 // Temporary until the feed writers are wired.
    public Task<bool> TryServeAsync(HttpContext context, PageContext page, string[] segments) => Task.FromResult(false);
#pragma warning restore CA1822
}
