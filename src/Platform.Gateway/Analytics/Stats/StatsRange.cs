using System.Globalization;
using Platform.Blogging.Analytics;

namespace Platform.Gateway.Analytics.Stats;

/// <summary>
/// A period as Plausible's Stats API names them (<c>day, 7d, 30d, month, 6mo, 12mo, custom</c>), resolved to days of
/// the blog's time zone around <c>date</c> (default: today there), with its default interval and the period before it.
/// </summary>
internal sealed record StatsRange(string Period, DateOnly First, DateOnly Last)
{
    /// <summary>The longest custom range, in days.</summary>
    public const int MaxDays = 3 * 366;

    public static readonly string[] Periods = ["day", "7d", "30d", "month", "6mo", "12mo", "custom"];

    public int Days => Last.DayNumber - First.DayNumber + 1;

    /// <summary>Month buckets for the long presets, days otherwise.</summary>
    public AnalyticsInterval DefaultInterval => Period is "6mo" or "12mo" ? AnalyticsInterval.Month : AnalyticsInterval.Day;

    public static StatsRange Parse(string? period, string? date, DateOnly today)
    {
        period = string.IsNullOrWhiteSpace(period) ? "30d" : period.Trim();
        if (period == "custom")
        {
            var parts = (date ?? "").Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length != 2)
            {
                throw new StatsInputException("date", "With period=custom, date must be two days: date=YYYY-MM-DD,YYYY-MM-DD.");
            }

            var first = Day(parts[0]);
            var last = Day(parts[1]);
            if (last < first)
            {
                throw new StatsInputException("date", "The custom range ends before it starts.");
            }

            if (last.DayNumber - first.DayNumber + 1 > MaxDays)
            {
                throw new StatsInputException("date", $"A custom range may span at most {MaxDays} days.");
            }

            return new StatsRange(period, first, last);
        }

        var anchor = string.IsNullOrWhiteSpace(date) ? today : Day(date);
        var month = new DateOnly(anchor.Year, anchor.Month, 1);
        return period switch
        {
            "day" => new StatsRange(period, anchor, anchor),
            "7d" => new StatsRange(period, anchor.AddDays(-6), anchor),
            "30d" => new StatsRange(period, anchor.AddDays(-29), anchor),
            "month" => new StatsRange(period, month, month.AddMonths(1).AddDays(-1)),
            "6mo" => new StatsRange(period, month.AddMonths(-5), month.AddMonths(1).AddDays(-1)),
            "12mo" => new StatsRange(period, month.AddMonths(-11), month.AddMonths(1).AddDays(-1)),
            _ => throw new StatsInputException("period", $"Unknown period '{period}'. Use one of: {string.Join(", ", Periods)}."),
        };
    }

    /// <summary>The period of the same length just before (a calendar month or months for the month presets).</summary>
    public StatsRange Previous() => Period switch
    {
        "month" => this with { First = First.AddMonths(-1), Last = First.AddDays(-1) },
        "6mo" => this with { First = First.AddMonths(-6), Last = First.AddDays(-1) },
        "12mo" => this with { First = First.AddMonths(-12), Last = First.AddDays(-1) },
        _ => this with { First = First.AddDays(-Days), Last = First.AddDays(-1) },
    };

    /// <summary>The interval asked for, checked against the range (hours: at most 31 days).</summary>
    public AnalyticsInterval Interval(string? interval) => interval switch
    {
        null or "" => DefaultInterval,
        "hour" when Days <= 31 => AnalyticsInterval.Hour,
        "hour" => throw new StatsInputException("interval", "interval=hour covers at most 31 days; choose a shorter period or interval=day."),
        "day" or "date" => AnalyticsInterval.Day,
        "month" => AnalyticsInterval.Month,
        _ => throw new StatsInputException("interval", $"Unknown interval '{interval}'. Use hour, day or month."),
    };

    private static DateOnly Day(string text)
    {
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || day.Year < 2000 || day.Year > 2200)
        {
            throw new StatsInputException("date", $"'{text}' is not a day in the form YYYY-MM-DD.");
        }

        return day;
    }
}
