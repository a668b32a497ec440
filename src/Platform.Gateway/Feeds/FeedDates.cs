using System.Globalization;

namespace Platform.Gateway.Feeds;

/// <summary>Date formats of the feed specifications; each keeps the value's own offset.</summary>
internal static class FeedDates
{
    /// <summary>RFC 3339 (Atom, JSON Feed, W3C datetime for sitemaps): <c>2025-01-02T09:30:00+09:00</c>, fractions only when present.</summary>
    public static string Rfc3339(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    /// <summary>RFC 822 as RSS 2.0 uses it (four-digit year): <c>Thu, 02 Jan 2025 09:30:00 +0900</c>.</summary>
    public static string Rfc822(DateTimeOffset value)
    {
        var offset = value.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{value.ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture)} {sign}{offset.Hours:00}{offset.Minutes:00}");
    }
}
