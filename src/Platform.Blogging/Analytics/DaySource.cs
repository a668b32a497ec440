namespace Platform.Blogging.Analytics;

/// <summary>
/// What a query reads for one day of the blog's time zone: its rows of visits (a day row, or the hour rows that
/// overlap it — only visits that started within the day count), its stored totals, and, for days past retention,
/// the month's roll-up.
/// </summary>
internal sealed record DaySource(
    DateOnly Day,
    DateTimeOffset Start,
    DateTimeOffset End,
    IReadOnlyList<AnalyticsRow> Rows,
    DayTotals? Totals,
    AnalyticsMonthState? Month)
{
    /// <summary>Whether the day's visits are gone (past retention): only totals and the month roll-up remain.</summary>
    public bool RolledUp => Rows.Count == 0 && Month is not null && Month.RolledDays.Contains(Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
