namespace Platform.Blogging.Analytics;

/// <summary>Folds a day past retention into its month: the top values of every property, before the day's visits are deleted.</summary>
internal static class DayRollup
{
    /// <summary>Values kept per property and month.</summary>
    public const int ValuesPerProperty = 1000;

    public static void Fold(AnalyticsMonthState month, AnalyticsRow row, DateOnly day, TimeZoneInfo zone)
    {
        var (start, end) = LocalDays.Bounds(day, zone);
        foreach (var property in Enum.GetValues<AnalyticsProperty>())
        {
            var scan = new AnalyticsScan(
                new AnalyticsQuery { First = day, Last = day, TimeZone = zone.Id, Shape = AnalyticsShape.Breakdown, Property = property, Limit = ValuesPerProperty },
                zone);
            scan.Add(new DaySource(day, start, end, [row], null, null));
            var key = property.ToString();
            if (!month.Rollup.TryGetValue(key, out var values))
            {
                values = [];
                month.Rollup[key] = values;
            }

            foreach (var group in scan.Result().Groups)
            {
                var value = values.Find(v => string.Equals(v.Value, group.Key, StringComparison.Ordinal));
                if (value is null)
                {
                    value = new RolledValue { Value = group.Key };
                    values.Add(value);
                }

                value.Totals.Visitors += group.Counts.Visitors;
                value.Totals.Visits += group.Counts.Visits;
                value.Totals.Pageviews += group.Counts.Pageviews;
                value.Totals.Bounces += group.Counts.Bounces;
                value.Totals.Duration += group.Counts.Duration;
            }

            if (values.Count > ValuesPerProperty)
            {
                values.Sort((a, b) => b.Totals.Visitors.CompareTo(a.Totals.Visitors));
                values.RemoveRange(ValuesPerProperty, values.Count - ValuesPerProperty);
            }
        }
    }
}
