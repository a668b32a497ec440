using System.Globalization;

namespace Platform.Blogging.Import.WordPress;

/// <summary>
/// WordPress's dates: <c>wp:post_date</c> is the old site's local time and <c>wp:post_date_gmt</c> the same moment
/// in UTC, both <c>YYYY-MM-DD hh:mm:ss</c>; an unset one is <c>0000-00-00 00:00:00</c>. With both, the post keeps the
/// site's offset of that day (their difference); with only the local time, it is read in the blog's time zone.
/// </summary>
internal static class WordPressDates
{
    /// <summary>The moment with the old site's offset, or null when neither field holds a date.</summary>
    public static DateTimeOffset? Resolve(string? local, string? gmt, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var wall = Parse(local);
        if (Parse(gmt) is { } utc)
        {
            var offset = wall - utc;
            return offset is { } difference && difference.Duration() <= TimeSpan.FromHours(14) && difference.Ticks % TimeSpan.TicksPerMinute == 0
                ? new DateTimeOffset(wall!.Value, difference)
                : TimeZoneInfo.ConvertTime(new DateTimeOffset(utc, TimeSpan.Zero), zone);
        }

        return wall is { } time ? new DateTimeOffset(time, zone.GetUtcOffset(time)) : null;
    }

    /// <summary>A WordPress date, or null when it is empty, unset (all zeros) or unreadable.</summary>
    public static DateTime? Parse(string? text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? DateTime.SpecifyKind(date, DateTimeKind.Unspecified)
            : null;
}
