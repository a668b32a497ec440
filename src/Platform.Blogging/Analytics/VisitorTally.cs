namespace Platform.Blogging.Analytics;

/// <summary>
/// One visitor's views within one flush interval on one silo: the first as an event, the rest folded in as runs of
/// pages. A further view of the page last viewed (the common case: a reader reloading, a hot page) is two
/// interlocked additions and no lock; only a new page takes the tally's lock.
/// </summary>
internal sealed class VisitorTally
{
    private readonly PageviewEvent _first;
    private readonly List<Run> _runs;
    private Run _lastRun;
    private int _views = 1;
    private long _lastTicks;

    public VisitorTally(PageviewEvent first)
    {
        _first = first;
        _lastRun = new Run(first.Page, first.Tags, first.Categories);
        _runs = [_lastRun];
        _lastTicks = first.At.UtcTicks;
    }

    /// <summary>Adds a further view (safe to call from many threads at once).</summary>
    public void Add(DateTimeOffset at, string page, IReadOnlyList<string>? tags, IReadOnlyList<string>? categories)
    {
        Interlocked.Increment(ref _views);
        Later(at.UtcTicks);
        var last = Volatile.Read(ref _lastRun);
        if (string.Equals(last.Page, page, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref last.Views);
            return;
        }

        lock (_runs)
        {
            last = _lastRun;
            if (string.Equals(last.Page, page, StringComparison.Ordinal))
            {
                Interlocked.Increment(ref last.Views);
            }
            else if (_runs.Count <= VisitRecord.MaxPages)
            {
                var run = new Run(page, tags, categories);
                _runs.Add(run);
                Volatile.Write(ref _lastRun, run);
            }

            // Past the listed pages the view still counts (in _views), without its page.
        }
    }

    /// <summary>The event to send (called once no thread adds any more).</summary>
    public PageviewEvent ToEvent()
    {
        if (_views == 1)
        {
            return _first;
        }

        var then = new List<PageRun>(_runs.Count);
        if (_runs[0].Views > 1)
        {
            then.Add(new PageRun(_runs[0].Page, _runs[0].Views - 1, _runs[0].Tags, _runs[0].Categories));
        }

        foreach (var run in _runs.Skip(1))
        {
            then.Add(new PageRun(run.Page, run.Views, run.Tags, run.Categories));
        }

        return _first with { Views = _views, LastAt = new DateTimeOffset(_lastTicks, TimeSpan.Zero), Then = then };
    }

    private void Later(long ticks)
    {
        long current;
        do
        {
            current = Volatile.Read(ref _lastTicks);
            if (ticks <= current)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _lastTicks, ticks, current) != current);
    }

    private sealed class Run(string page, IReadOnlyList<string>? tags, IReadOnlyList<string>? categories)
    {
        public int Views = 1;

        public string Page { get; } = page;

        public IReadOnlyList<string>? Tags { get; } = tags;

        public IReadOnlyList<string>? Categories { get; } = categories;
    }
}
