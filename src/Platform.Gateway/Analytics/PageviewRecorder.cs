using Microsoft.Extensions.Options;
using Platform.Blogging.Analytics;
using Platform.Gateway.Analytics.Collection;
using Platform.Gateway.Pages;

namespace Platform.Gateway.Analytics;

/// <summary>
/// Describes a counted pageview for analytics and hands it to this silo's <see cref="AnalyticsCollector"/>: the
/// visitor id from the day's salt, the source from the Referer (or <c>utm_source</c>), the country from the client
/// address, the device, browser and OS from the User-Agent. The address and User-Agent are used here and dropped.
/// A view is one GET of a blog's HTML page by a browser that is not a known bot and not prefetching; the client
/// address is the connection's, or <c>X-Forwarded-For</c> from trusted proxies only (the forwarded-headers rule).
/// </summary>
internal sealed partial class PageviewRecorder(AnalyticsClassifiers classifiers, VisitorIds ids, AnalyticsCollector collector, IOptions<AnalyticsOptions> options, ILogger<PageviewRecorder> logger)
{
    private readonly bool _enabled = options.Value.Enabled;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TimeZoneInfo> _zones = new(StringComparer.Ordinal);

    /// <summary>The longest page path recorded; longer ones are cut.</summary>
    public const int MaxPathLength = 300;

    /// <summary>Whether the request is a view: the page rules, and the maintained bot list.</summary>
    public bool IsView(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ViewCounting.IsPageRequest(request) && !classifiers.Bots.IsBot(request.Headers.UserAgent.ToString());
    }

    /// <summary>Records a view of <paramref name="page"/> (a path of the blog) if the request is one.</summary>
    public async ValueTask RecordAsync(HttpContext context, string blog, string timeZone, string page, IReadOnlyList<string>? tags = null, IReadOnlyList<string>? categories = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsView(context.Request))
        {
            await RecordViewAsync(context, blog, timeZone, page, tags, categories);
        }
    }

    /// <summary>Records a request already known to be a view (<see cref="IsView"/>).</summary>
    public async ValueTask RecordViewAsync(HttpContext context, string blog, string timeZone, string page, IReadOnlyList<string>? tags = null, IReadOnlyList<string>? categories = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!_enabled)
        {
            return;
        }

        var request = context.Request;
        var userAgent = request.Headers.UserAgent.ToString();
        try
        {
            if (await ids.ComputeAsync(blog, context.Connection.RemoteIpAddress, userAgent, Zone(timeZone)) is not { } visitor)
            {
                return;
            }

            // Only a visitor's first view in the flush interval is described (source, country, device…); the rest fold into it.
            collector.Record(
                blog,
                timeZone,
                visitor.Today,
                visitor.Yesterday,
                DateTimeOffset.UtcNow,
                page.Length > MaxPathLength ? page[..MaxPathLength] : page,
                tags,
                categories,
                (Recorder: this, Context: context, UserAgent: userAgent),
                static s => s.Recorder.Describe(s.Context, s.UserAgent));
        }
#pragma warning disable CA1031 // Analytics never fails a page: a view that cannot be described is logged and skipped.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogRecordFailed(logger, exception, blog);
        }
    }

    private PageviewEvent Describe(HttpContext context, string userAgent)
    {
        var request = context.Request;
        var address = context.Connection.RemoteIpAddress;
        var utm = ReferrerClassifier.Utm(request.Query);
        var referrer = ReferrerClassifier.Classify(request.Headers.Referer.ToString(), request.Host.Host, utm.Source, request.PathBase.Value);
        var agent = classifiers.UserAgents.Classify(userAgent);
        var external = referrer.Group is not (ReferrerGroup.Direct or ReferrerGroup.Internal);
        return new PageviewEvent
        {
            At = default,
            Visitor = 0,
            Page = "",
            Source = external ? referrer.Source : null,
            Referrer = external ? referrer.Referrer : null,
            UtmSource = utm.Source,
            UtmMedium = utm.Medium,
            UtmCampaign = utm.Campaign,
            Country = address is null ? null : classifiers.Countries.Country(address),
            Device = agent.Device == DeviceClass.Unknown ? null : agent.Device.ToString(),
            Browser = agent.Browser,
            Os = agent.Os,
        };
    }

    /// <summary>The blog's zone, looked up once per id (zone ids are few; the lookup takes a lock).</summary>
    private TimeZoneInfo Zone(string id) => _zones.GetOrAdd(id, static z => LocalZone(z));

    private static TimeZoneInfo LocalZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }

    [LoggerMessage(EventId = 250, Level = LogLevel.Warning, Message = "A pageview of blog {Blog} could not be recorded for analytics")]
    private static partial void LogRecordFailed(ILogger logger, Exception exception, string blog);
}
