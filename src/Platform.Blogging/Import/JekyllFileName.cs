using System.Globalization;
using System.Text.RegularExpressions;

namespace Platform.Blogging.Import;

/// <summary>Jekyll's post file names: <c>YYYY-MM-DD-slug.md</c> (or <c>.markdown</c>).</summary>
public static partial class JekyllFileName
{
    /// <summary>Reads the date (midnight in <paramref name="zone"/>) and slug from a file name; false when it is not a post name.</summary>
    public static bool TryParse(string fileName, TimeZoneInfo zone, out DateTimeOffset date, out string slug)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(zone);
        date = default;
        slug = "";
        var match = Pattern().Match(Path.GetFileName(fileName));
        if (!match.Success || !DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return false;
        }

        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        date = new DateTimeOffset(local, zone.GetUtcOffset(local));
        slug = match.Groups["slug"].Value;
        return slug.Length > 0;
    }

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})-(?<slug>.+)\.(md|markdown)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
