using Platform.Blogging.Partitions;

namespace Platform.Blogging.Analytics;

/// <summary>A row of visits decoded for use: its name table as a lookup, its visits as objects, its sketch.</summary>
internal sealed class AnalyticsRow
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    private AnalyticsRow(PartitionRow<AnalyticsRowState> stored)
    {
        Stored = stored;
        var state = stored.State;
        if (state.Names.Count == 0)
        {
            state.Names.Add("");
        }

        for (var i = 0; i < state.Names.Count; i++)
        {
            _ids.TryAdd(state.Names[i], i);
        }

        Visits = VisitCodec.Decode(state.Visits);
        Sketch = state.Totals.Sketch ?? FromVisits(Visits);
    }

    public PartitionRow<AnalyticsRowState> Stored { get; }

    /// <summary>The row's key within its blog (<c>h2026030112</c>, <c>d2026-03-01</c>): the stored key after the blog's name.</summary>
    public string Key => Stored.Key[(Stored.Key.LastIndexOf('/') + 1)..];

    public AnalyticsRowState State => Stored.State;

    public RowTotals Totals => State.Totals;

    public DateTimeOffset Start => State.Start;

    public DateTimeOffset End => State.End;

    public List<VisitRecord> Visits { get; }

    public VisitorSketch Sketch { get; }

    public bool Dirty { get; set; }

    /// <summary>Visits per recorded visit (1 unless the row reached its cap).</summary>
    public double VisitFactor => Totals.RecordedVisits == 0 ? 1 : Math.Max(1, (double)Totals.Visits / Totals.RecordedVisits);

    /// <summary>Views per recorded view.</summary>
    public double PageviewFactor => Totals.RecordedPageviews == 0 ? 1 : Math.Max(1, (double)Totals.Pageviews / Totals.RecordedPageviews);

    public static AnalyticsRow Open(PartitionRow<AnalyticsRowState> stored, DateTimeOffset start, DateTimeOffset end)
    {
        if (!stored.Stored.RecordExists && stored.State.Start == default)
        {
            stored.State.Start = start;
            stored.State.End = end;
        }

        return new AnalyticsRow(stored);
    }

    public string Name(int id) => id >= 0 && id < State.Names.Count ? State.Names[id] : "";

    public int Id(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return 0;
        }

        if (_ids.TryGetValue(name, out var id))
        {
            return id;
        }

        id = State.Names.Count;
        State.Names.Add(name);
        _ids[name] = id;
        return id;
    }

    /// <summary>The tag and category labels of a page (empty when the page is not a post).</summary>
    public int[] Labels(int page) => State.Labels.TryGetValue(page, out var labels) ? labels : [];

    public void SetLabels(int page, IReadOnlyList<string>? tags, IReadOnlyList<string>? categories)
    {
        if (State.Labels.ContainsKey(page) || ((tags is null || tags.Count == 0) && (categories is null || categories.Count == 0)))
        {
            return;
        }

        var labels = new List<int>();
        foreach (var tag in tags ?? [])
        {
            labels.Add(Id("t:" + tag));
        }

        foreach (var category in categories ?? [])
        {
            labels.Add(Id("c:" + category));
        }

        State.Labels[page] = [.. labels];
    }

    /// <summary>
    /// Copies the decoded visits back into the stored state, ready to write. The sketch is stored only when some
    /// visits are past the cap: otherwise the recorded visits' registers are the sketch, rebuilt when the row is read.
    /// </summary>
    public void Encode()
    {
        State.Visits = VisitCodec.Encode(Visits);
        State.Totals.Sketch = Totals.Visits > Totals.RecordedVisits && !Sketch.IsEmpty ? Sketch : null;
    }

    private static VisitorSketch FromVisits(List<VisitRecord> visits)
    {
        var sketch = new VisitorSketch();
        foreach (var visit in visits)
        {
            sketch.AddRegister(visit.RegisterIndex, visit.RegisterRank);
        }

        return sketch;
    }

    /// <summary>An estimate of the row's size in memory, for the grain's cache budget.</summary>
    public int Weight => 64 + Visits.Count;
}
