namespace Platform.Blogging.Analytics;

/// <summary>
/// A stored row of visits: an hour (UTC, for the last 48 hours) or a day of the blog's time zone (after that). It
/// holds its own name table, its visits in <see cref="VisitCodec"/> form, the tags and categories of the posts viewed,
/// and exact totals that include visits past the row's cap (<see cref="AnalyticsOptions.MaxVisitsPerDay"/>).
/// </summary>
public sealed class AnalyticsRowState
{
    /// <summary>The first instant the row covers.</summary>
    public DateTimeOffset Start { get; set; }

    /// <summary>The instant after the last the row covers.</summary>
    public DateTimeOffset End { get; set; }

    /// <summary>Page paths, sources, countries…: visits refer to them by index; index 0 is the empty name.</summary>
    public List<string> Names { get; set; } = [];

    /// <summary>The recorded visits, encoded.</summary>
    public byte[]? Visits { get; set; }

    /// <summary>Labels of pages that are posts: page name id to label name ids (<c>t:</c> tag, <c>c:</c> category).</summary>
    public Dictionary<int, int[]> Labels { get; set; } = [];

    /// <summary>Exact totals of every visit that started in the row, recorded or not.</summary>
    public RowTotals Totals { get; set; } = new();

    /// <summary>The last batch applied from each source (a retry at or below it is ignored).</summary>
    public Dictionary<string, long> Applied { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>Exact counts of a row's visits and a sketch of its visitors.</summary>
public sealed class RowTotals
{
    /// <summary>Views.</summary>
    public long Pageviews { get; set; }

    /// <summary>Visits that started in the row.</summary>
    public long Visits { get; set; }

    /// <summary>Visits of one view.</summary>
    public long Bounces { get; set; }

    /// <summary>The visits' durations, in seconds.</summary>
    public long Duration { get; set; }

    /// <summary>Visits kept one by one in the row (the rest count only here).</summary>
    public long RecordedVisits { get; set; }

    /// <summary>Views of the recorded visits.</summary>
    public long RecordedPageviews { get; set; }

    /// <summary>The visitors' HyperLogLog sketch (null while empty).</summary>
    public VisitorSketch? Sketch { get; set; }
}
