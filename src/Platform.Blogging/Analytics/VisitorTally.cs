namespace Platform.Blogging.Analytics;

/// <summary>One visitor's views within one flush interval on one silo: the first as an event, the rest folded in.</summary>
internal sealed class VisitorTally(PageviewEvent first)
{
    private List<Run>? _runs;
    private int _views = 1;
    private DateTimeOffset _last = first.At;

    /// <summary>Adds a further view (under the collector's lock).</summary>
    public void Add(DateTimeOffset at, string page, IReadOnlyList<string>? tags, IReadOnlyList<string>? categories)
    {
        _views++;
        if (at > _last)
        {
            _last = at;
        }

        var previous = _runs is { Count: > 0 } runs ? runs[^1].Page : first.Page;
        if (_runs is { Count: > 0 } && string.Equals(previous, page, StringComparison.Ordinal))
        {
            _runs[^1].Views++;
            return;
        }

        _runs ??= [];
        if (_runs.Count < VisitRecord.MaxPages)
        {
            _runs.Add(new Run(page, tags, categories));
        }
    }

    /// <summary>The event to send.</summary>
    public PageviewEvent ToEvent() => _views == 1
        ? first
        : first with
        {
            Views = _views,
            LastAt = _last,
            Then = _runs is null ? null : [.. _runs.Select(r => new PageRun(r.Page, r.Views, r.Tags, r.Categories))],
        };

    private sealed class Run(string page, IReadOnlyList<string>? tags, IReadOnlyList<string>? categories)
    {
        public string Page { get; } = page;

        public IReadOnlyList<string>? Tags { get; } = tags;

        public IReadOnlyList<string>? Categories { get; } = categories;

        public int Views { get; set; } = 1;
    }
}
