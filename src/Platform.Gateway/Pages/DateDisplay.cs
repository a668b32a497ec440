using System.Globalization;

namespace Platform.Gateway.Pages;

/// <summary>Dates as readers see them: in the blog's time zone, formatted in its language, with a machine-readable <c>datetime</c>.</summary>
internal static class DateDisplay
{
    public static DateTimeOffset InZone(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone);

    /// <summary>RFC 3339 with the offset, for <c>&lt;time datetime&gt;</c> and JSON-LD.</summary>
    public static string Machine(DateTimeOffset local) => local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>"February 10, 2026" or "2026년 2월 10일".</summary>
    public static string Human(DateTimeOffset local, ChromeText chrome) =>
        chrome.Lang == "ko"
            ? local.ToString("yyyy'년' M'월' d'일'", chrome.Culture)
            : local.ToString("MMMM d, yyyy", chrome.Culture);

    /// <summary>"February 2026" or "2026년 2월".</summary>
    public static string Month(int year, int month, ChromeText chrome) =>
        chrome.Lang == "ko"
            ? string.Create(chrome.Culture, $"{year}년 {month}월")
            : new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified).ToString("MMMM yyyy", chrome.Culture);

    public static void Time(HtmlWriter html, DateTimeOffset instant, TimeZoneInfo zone, ChromeText chrome)
    {
        var local = InZone(instant, zone);
        html.Raw("<time").Attr("datetime", Machine(local)).Raw(">").Text(Human(local, chrome)).Raw("</time>");
    }
}
