using System.Globalization;

namespace Platform.Blogging.Counters;

/// <summary>The key of a day bucket: <c>yyyy-MM-dd</c> of the blog's time zone.</summary>
public static class DayKey
{
    /// <summary>Formats a day.</summary>
    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The day of <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static string Of(DateTimeOffset instant, TimeZoneInfo zone) =>
        Format(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime));
}
