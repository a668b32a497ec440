using System.Globalization;
using System.Text.RegularExpressions;

namespace Platform.Blogging.Content;

/// <summary>
/// Reads dates the way Jekyll authors write them: <c>2025-12-17</c>, <c>2025-08-26 13:21</c>,
/// <c>2025-08-26 13:21:57</c>, <c>2025-08-26 13:21:57 +0900</c>, and ISO 8601 (<c>2025-08-26T13:21:57+09:00</c>,
/// <c>...Z</c>, with optional fractional seconds). A date with an offset keeps it; a date without one is a wall-clock
/// time in the blog's time zone and gets that zone's offset at that instant (a date alone means midnight).
/// </summary>
public static partial class JekyllDate
{
    /// <summary>Reads <paramref name="value"/>, or returns <see langword="false"/> when it is not a date in a known form.</summary>
    /// <param name="value">The text, e.g. <c>2025-08-26 13:21:57 +0900</c>.</param>
    /// <param name="timeZone">The blog's time zone, used when the text has no offset.</param>
    /// <param name="result">The instant with its offset.</param>
    /// <returns>Whether the text was a readable date.</returns>
    public static bool TryParse(string? value, TimeZoneInfo timeZone, out DateTimeOffset result)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        result = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var match = DatePattern().Match(value.Trim());
        if (!match.Success)
        {
            return false;
        }

        int year = Number(match, "y");
        int month = Number(match, "mo");
        int day = Number(match, "d");
        int hour = Number(match, "h");
        int minute = Number(match, "mi");
        int second = Number(match, "s");
        long ticks = Fraction(match.Groups["f"].Value);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var wallClock = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(ticks);
        var zone = match.Groups["z"];
        if (!zone.Success)
        {
            // An ambiguous wall-clock time (a DST fold) gets the zone's standard offset; a skipped one (a DST gap)
            // gets the offset from before the gap, which moves it forward like a clock would.
            result = new DateTimeOffset(wallClock, timeZone.GetUtcOffset(wallClock));
            return true;
        }

        if (!TryOffset(zone.Value, out var offset))
        {
            return false;
        }

        result = new DateTimeOffset(wallClock, offset);
        return true;
    }

    private static int Number(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0;

    private static long Fraction(string digits) =>
        digits.Length == 0 ? 0 : long.Parse(digits.PadRight(7, '0'), NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool TryOffset(string text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (text is "Z" or "z" || text.Equals("UTC", StringComparison.OrdinalIgnoreCase)
            || text.Equals("GMT", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        string digits = text[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        int hours = int.Parse(digits.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        int minutes = digits.Length == 4 ? int.Parse(digits.AsSpan(2, 2), NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        if (hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        if (text[0] == '-')
        {
            offset = offset.Negate();
        }

        return true;
    }

    [GeneratedRegex(
        """^(?<y>\d{4})-(?<mo>\d{1,2})-(?<d>\d{1,2})(?:(?:[Tt]|\s+)(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,](?<f>\d{1,7})\d*)?)?)?(?:\s*(?<z>[Zz]|UTC|utc|GMT|gmt|[+-]\d{2}(?::?\d{2})?))?$""",
        RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
