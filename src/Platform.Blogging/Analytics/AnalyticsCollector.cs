using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime;
using Platform.Blogging.Hosting;

namespace Platform.Blogging.Analytics;

/// <summary>
/// This silo's pre-aggregator for pageviews, like the view counter: a pageview is an append in memory, and every
/// flush interval each blog that had any gets one <see cref="AnalyticsBatch"/>, stored by its grain before it
/// answers. A batch that fails is sent again, with the same number, until the grain takes it; a graceful stop sends
/// what is left. A visitor's views within one interval fold into one event (count, pages, last time). A blog's
/// visitors per interval are bounded (<see cref="MaxPending"/>): past it, new visitors' views are dropped and logged.
/// </summary>
public sealed partial class AnalyticsCollector : ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    /// <summary>How long a graceful stop waits for the last analytics flush.</summary>
    public static readonly TimeSpan StopFlushTimeout = TimeSpan.FromSeconds(3);

    /// <summary>The most visitors held for one blog between flushes (their further views always count).</summary>
    public const int MaxPending = 200_000;

    private readonly ConcurrentDictionary<string, Pending> _pending = new(StringComparer.Ordinal);
    private readonly string _source = Guid.NewGuid().ToString("N");
    private readonly IGrainFactory _grains;
    private readonly ILogger<AnalyticsCollector> _logger;
    private readonly PeriodicFlush<Pending> _flush;
    private long _sequence;

    /// <summary>Creates the collector.</summary>
    public AnalyticsCollector(IGrainFactory grains, TimeProvider time, IOptions<BloggingOptions> options, ILogger<AnalyticsCollector> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _grains = grains;
        _logger = logger;
        _flush = new PeriodicFlush<Pending>(_pending, SendAsync, e => LogFlushFailed(_logger, e), time, options.Value.FlushInterval);
    }

    /// <summary>Adds a pageview of <paramref name="blog"/>, whose days are cut in <paramref name="timeZone"/>.</summary>
    public void Record(string blog, string timeZone, PageviewEvent pageview)
    {
        ArgumentNullException.ThrowIfNull(pageview);
        Record(blog, timeZone, pageview.Visitor, pageview.PreviousVisitor, pageview.At, pageview.Page, pageview.Tags, pageview.Categories, pageview, static p => p);
    }

    /// <summary>
    /// Adds a pageview. A visitor's first view in the interval becomes an event (<paramref name="describe"/> is
    /// called then, and only then, for the visit's properties); further views fold into it as a count and the pages
    /// viewed, so a visitor reading many pages adds no allocation per view beyond a new page.
    /// </summary>
    public void Record<TState>(
        string blog,
        string timeZone,
        ulong visitor,
        ulong? previousVisitor,
        DateTimeOffset at,
        string page,
        IReadOnlyList<string>? tags,
        IReadOnlyList<string>? categories,
        TState state,
        Func<TState, PageviewEvent> describe)
    {
        ArgumentNullException.ThrowIfNull(describe);
        var pending = _pending.GetOrAdd(blog, static _ => new Pending());
        while (true)
        {
            var generation = Volatile.Read(ref pending.Current);
            Interlocked.Increment(ref generation.Writers);
            try
            {
                if (Volatile.Read(ref generation.Closed))
                {
                    if (pending.Retired)
                    {
                        pending = _pending.GetOrAdd(blog, static _ => new Pending());
                    }

                    continue; // taken by a flush between the read and the increment: write to the new one
                }

                if (!ReferenceEquals(generation.TimeZone, timeZone))
                {
                    generation.TimeZone = timeZone; // written only when it changes: every view writing it would bounce the line between cores
                }
                if (generation.Visitors.TryGetValue(visitor, out var tally))
                {
                    tally.Add(at, page, tags, categories);
                    return;
                }

                if (Volatile.Read(ref generation.Count) >= MaxPending)
                {
                    Interlocked.Increment(ref pending.Dropped);
                    return;
                }

                var first = describe(state) with
                {
                    At = at,
                    Visitor = visitor,
                    PreviousVisitor = previousVisitor,
                    Page = page,
                    Tags = tags,
                    Categories = categories,
                };
                var created = new VisitorTally(first);
                if (generation.Visitors.TryAdd(visitor, created))
                {
                    generation.Order.Enqueue(created);
                    Interlocked.Increment(ref generation.Count);
                }
                else
                {
                    generation.Visitors[visitor].Add(at, page, tags, categories);
                }

                return;
            }
            finally
            {
                Interlocked.Decrement(ref generation.Writers);
            }
        }
    }

    /// <summary>Sends every blog its batch now; returns when each was taken or has failed (and will be sent again).</summary>
    public Task FlushAsync(CancellationToken cancellationToken = default) => _flush.RunAsync(cancellationToken);

    /// <inheritdoc />
    public void Participate(ISiloLifecycle observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        // One stage above the view counter: stopped before it, with a bounded wait, so the view counts are flushed
        // after it whatever happens to the analytics flush.
        observer.Subscribe(nameof(AnalyticsCollector), ServiceLifecycleStage.Active + 1, _flush.StartAsync, OnStopAsync);
    }

    /// <inheritdoc />
    public void Dispose() => _flush.Dispose();

    private async Task OnStopAsync(CancellationToken cancellationToken)
    {
        await _flush.StopAsync().ConfigureAwait(false);

        if (!cancellationToken.IsCancellationRequested)
        {
            // Bounded: a stop waits at most StopFlushTimeout for analytics (the pageviews of the last interval).
            using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            bounded.CancelAfter(StopFlushTimeout);
            try
            {
                await FlushAsync(CancellationToken.None).WaitAsync(bounded.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                LogStopFlushTimedOut(_logger, StopFlushTimeout);
            }
        }
    }

    private async Task SendAsync(string blog, Pending pending)
    {
        AnalyticsBatch batch;
        lock (pending)
        {
            if (pending.Dropped > 0)
            {
                LogDropped(_logger, blog, Interlocked.Exchange(ref pending.Dropped, 0));
            }

            if (pending.Sending is { } retry)
            {
                batch = retry;
            }
            else if (Volatile.Read(ref pending.Current.Count) > 0)
            {
                // Swap in a fresh generation, close the old one, and wait out the views being added to it.
                var taken = pending.Current;
                Volatile.Write(ref pending.Current, new Generation());
                Volatile.Write(ref taken.Closed, true);
                var wait = default(SpinWait);
                while (Volatile.Read(ref taken.Writers) > 0)
                {
                    wait.SpinOnce();
                }

                batch = new AnalyticsBatch
                {
                    Source = _source,
                    Sequence = Interlocked.Increment(ref _sequence),
                    TimeZone = taken.TimeZone ?? "UTC",
                    Events = [.. taken.Order.Select(t => t.ToEvent())],
                };
                pending.Sending = batch;
            }
            else
            {
                if (pending.IdleFlushes++ < 1 || !_pending.TryRemove(new KeyValuePair<string, Pending>(blog, pending)))
                {
                    return;
                }

                // Idle for two flushes: forgotten. A writer still holding this Pending sees its generation closed and
                // looks the blog up again; views that slipped in before the close are sent now, once.
                pending.Retired = true;
                var last = pending.Current;
                Volatile.Write(ref last.Closed, true);
                var wait = default(SpinWait);
                while (Volatile.Read(ref last.Writers) > 0)
                {
                    wait.SpinOnce();
                }

                if (last.Order.IsEmpty)
                {
                    return;
                }

                batch = new AnalyticsBatch
                {
                    Source = _source,
                    Sequence = Interlocked.Increment(ref _sequence),
                    TimeZone = last.TimeZone ?? "UTC",
                    Events = [.. last.Order.Select(t => t.ToEvent())],
                };
                pending.Sending = batch;
            }
        }

        try
        {
            await _grains.GetGrain<IBlogAnalyticsGrain>(blog).Record(batch).ConfigureAwait(false);
            lock (pending)
            {
                pending.Sending = null;
                pending.IdleFlushes = 0;
            }
        }
#pragma warning disable CA1031 // The batch stays and is sent again at the next flush with the same number.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogSendFailed(_logger, exception, blog);
        }
    }

    [LoggerMessage(EventId = 240, Level = LogLevel.Warning, Message = "Sending pageviews of blog {Blog} failed; they are kept and sent again at the next flush")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string blog);

    [LoggerMessage(EventId = 241, Level = LogLevel.Warning, Message = "An analytics flush failed; the pageviews stay in memory")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 242, Level = LogLevel.Warning, Message = "Blog {Blog} had {Dropped} pageviews dropped: too many visitors in one flush interval")]
    private static partial void LogDropped(ILogger logger, string blog, int dropped);

    [LoggerMessage(EventId = 243, Level = LogLevel.Warning, Message = "The last analytics flush did not finish within {Timeout} at stop; those pageviews are lost")]
    private static partial void LogStopFlushTimedOut(ILogger logger, TimeSpan timeout);

    private sealed class Pending
    {
        public Generation Current = new();
        public int IdleFlushes;
        public int Dropped;
        public volatile bool Retired;
        public AnalyticsBatch? Sending;
    }

    /// <summary>The views gathered since the last flush; closed (and drained of writers) when a flush takes it.</summary>
    private sealed class Generation
    {
        public readonly System.Collections.Concurrent.ConcurrentDictionary<ulong, VisitorTally> Visitors = new();
        public readonly System.Collections.Concurrent.ConcurrentQueue<VisitorTally> Order = new();
        public string? TimeZone;
        public int Count;
        public int Writers;
        public bool Closed;
    }
}
