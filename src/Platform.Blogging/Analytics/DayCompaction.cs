namespace Platform.Blogging.Analytics;

/// <summary>Builds a day row from the hour rows that overlap the day: visits that started within it, names and labels remapped.</summary>
internal static class DayCompaction
{
    /// <summary>Fills <paramref name="target"/> (empty) and returns the day's totals.</summary>
    public static DayTotals Merge(IReadOnlyList<AnalyticsRow> sources, AnalyticsRow target, DateTimeOffset start, DateTimeOffset end, int cap)
    {
        var totals = target.Totals;
        foreach (var source in sources)
        {
            long recordedVisits = 0, recordedViews = 0, recordedBounces = 0, recordedDuration = 0;
            foreach (var visit in source.Visits)
            {
                recordedVisits++;
                recordedViews += visit.Pageviews;
                recordedBounces += visit.Bounced ? 1 : 0;
                recordedDuration += visit.Duration;
                var at = source.Start.AddSeconds(visit.Start);
                if (at < start || at >= end)
                {
                    continue;
                }

                totals.Visits++;
                totals.Pageviews += visit.Pageviews;
                totals.Bounces += visit.Bounced ? 1 : 0;
                totals.Duration += visit.Duration;
                target.Sketch.AddRegister(visit.RegisterIndex, visit.RegisterRank);
                if (totals.RecordedVisits >= cap)
                {
                    continue;
                }

                target.Visits.Add(Copy(source, target, visit, (int)(at - start).TotalSeconds));
                totals.RecordedVisits++;
                totals.RecordedPageviews += visit.Pageviews;
            }

            if (source.Start >= start && source.Start < end)
            {
                // Visits past the hour's cap exist only in its totals and sketch: they belong to the day the hour starts in.
                totals.Visits += source.Totals.Visits - recordedVisits;
                totals.Pageviews += source.Totals.Pageviews - recordedViews;
                totals.Bounces += source.Totals.Bounces - recordedBounces;
                totals.Duration += source.Totals.Duration - recordedDuration;
                target.Sketch.Merge(source.Sketch);
            }
        }

        return new DayTotals
        {
            Visitors = Math.Min(target.Sketch.Estimate(), totals.Visits),
            Visits = totals.Visits,
            Pageviews = totals.Pageviews,
            Bounces = totals.Bounces,
            Duration = totals.Duration,
        };
    }

    private static VisitRecord Copy(AnalyticsRow from, AnalyticsRow to, VisitRecord visit, int start)
    {
        int Map(int id) => to.Id(from.Name(id));
        var copy = new VisitRecord
        {
            Start = start,
            Duration = visit.Duration,
            Pageviews = visit.Pageviews,
            Entry = Map(visit.Entry),
            Exit = Map(visit.Exit),
            Source = Map(visit.Source),
            Referrer = Map(visit.Referrer),
            UtmSource = Map(visit.UtmSource),
            UtmMedium = Map(visit.UtmMedium),
            UtmCampaign = Map(visit.UtmCampaign),
            Country = Map(visit.Country),
            Device = Map(visit.Device),
            Browser = Map(visit.Browser),
            Os = Map(visit.Os),
            Register = visit.Register,
        };
        foreach (var page in visit.Pages)
        {
            var mapped = Map(page);
            copy.Pages.Add(mapped);
            if (!to.State.Labels.ContainsKey(mapped) && from.Labels(page) is { Length: > 0 } labels)
            {
                to.State.Labels[mapped] = [.. labels.Select(Map)];
            }
        }

        return copy;
    }
}
