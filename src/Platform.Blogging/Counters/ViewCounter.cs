using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime;
using Platform.Blogging.Caching;
using Platform.Blogging.Hosting;
using Platform.Blogging.Posts;

namespace Platform.Blogging.Counters;

/// <summary>
/// This silo's pre-aggregator for views and likes (Orleans' pre-aggregation pattern as a silo-local service): a
/// view is an addition in memory, and every <see cref="BloggingOptions.FlushInterval"/> each post that had any gets
/// one <see cref="CounterBatch"/>. The post writes it before answering, so a crash loses at most the views of the
/// current interval; a graceful stop sends everything before the silo deactivates its grains. A batch that fails
/// is sent again, with the same number, until the post takes it; the post applies each number once (numbers
/// increase per silo process, across all posts).
/// </summary>
public sealed partial class ViewCounter : ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    private readonly ConcurrentDictionary<string, Tally> _tallies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CachedDay> _days = new(StringComparer.Ordinal);
    private readonly string _source = Guid.NewGuid().ToString("N");
    private readonly IGrainFactory _grains;
    private readonly PostSnapshots _posts;
    private readonly TimeProvider _time;
    private readonly ILogger<ViewCounter> _logger;
    private readonly PeriodicFlush<Tally> _flush;
    private long _sequence;

    /// <summary>Creates the counter.</summary>
    public ViewCounter(IGrainFactory grains, PostSnapshots posts, TimeProvider time, IOptions<BloggingOptions> options, ILogger<ViewCounter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _grains = grains;
        _posts = posts;
        _time = time;
        _logger = logger;
        _flush = new PeriodicFlush<Tally>(_tallies, SendAsync, e => LogFlushFailed(_logger, e), time, options.Value.FlushInterval);
    }

    /// <summary>Posts with counts not yet taken by their grain.</summary>
    public int PendingPosts => _tallies.Count;

    /// <summary>Counts one view of a post, on today's date in <paramref name="zone"/>.</summary>
    public void RecordView(string blog, string postId, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        Add(PostKey.Of(blog, postId), Today(zone), 0);
    }

    /// <summary>Counts one like of a post.</summary>
    public void RecordLike(string blog, string postId) => Add(PostKey.Of(blog, postId), null, 1);

    /// <summary>Views and likes of a post counted here and not yet stored by its grain (for display).</summary>
    public (long Views, long Likes) Unsent(string blog, string postId)
    {
        if (!_tallies.TryGetValue(PostKey.Of(blog, postId), out var tally))
        {
            return (0, 0);
        }

        lock (tally)
        {
            return (tally.Views + (tally.Sending?.Views ?? 0), tally.Likes + (tally.Sending?.Likes ?? 0));
        }
    }

    /// <summary>Sends every post its batch now; returns when each was taken or has failed (and will be sent again).</summary>
    public Task FlushAsync(CancellationToken cancellationToken = default) => _flush.RunAsync(cancellationToken);

    /// <inheritdoc />
    public void Participate(ISiloLifecycle observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        observer.Subscribe(nameof(ViewCounter), ServiceLifecycleStage.Active, _flush.StartAsync, OnStopAsync);
    }

    /// <inheritdoc />
    public void Dispose() => _flush.Dispose();

    private async Task OnStopAsync(CancellationToken cancellationToken)
    {
        await _flush.StopAsync().ConfigureAwait(false);

        if (cancellationToken.IsCancellationRequested)
        {
            // An ungraceful stop (a kill): like a crash, the unsent interval is lost.
            LogUnsentAtStop(_logger, _tallies.Count);
            return;
        }

        // The last interval's views: sent before the silo deactivates the posts that would store them.
        await FlushAsync(CancellationToken.None).ConfigureAwait(false);
        if (!_tallies.IsEmpty)
        {
            LogUnsentAtStop(_logger, _tallies.Count);
        }
    }

    /// <summary>Today's day key in <paramref name="zone"/>, computed once per zone and day rather than per view.</summary>
    private string Today(TimeZoneInfo zone)
    {
        var now = _time.GetUtcNow();
        if (_days.TryGetValue(zone.Id, out var known) && now >= known.From && now < known.Until)
        {
            return known.Key;
        }

        var local = TimeZoneInfo.ConvertTime(now, zone);
        DateTimeOffset until;
        try
        {
            until = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local.Date.AddDays(1), DateTimeKind.Unspecified), zone);
        }
        catch (ArgumentException)
        {
            until = now.AddMinutes(1); // the next midnight does not exist in this zone (a daylight-saving gap)
        }

        var day = new CachedDay(DayKey.Format(DateOnly.FromDateTime(local.DateTime)), now, until);
        _days[zone.Id] = day;
        return day.Key;
    }

    private void Add(string key, string? day, long likes)
    {
        if (likes == 0)
        {
            BloggingMetrics.ViewsCounted.Add(1);
        }
        else
        {
            BloggingMetrics.LikesCounted.Add(likes);
        }

        while (true)
        {
            var tally = _tallies.GetOrAdd(key, static _ => new Tally());
            lock (tally)
            {
                if (tally.Retired)
                {
                    continue; // removed by a flush between the lookup and the lock: take the new one
                }

                if (day is not null)
                {
                    tally.Days[day] = tally.Days.GetValueOrDefault(day) + 1;
                    tally.Views++;
                }

                tally.Likes += likes;
                return;
            }
        }
    }

    private async Task SendAsync(string key, Tally tally)
    {
        CounterBatch batch;
        lock (tally)
        {
            if (tally.Sending is { } retry)
            {
                batch = retry; // the grain may have applied it: same number, so it counts once
            }
            else if (tally.Views > 0 || tally.Likes > 0)
            {
                batch = new CounterBatch
                {
                    Source = _source,
                    Sequence = Interlocked.Increment(ref _sequence),
                    DailyViews = new Dictionary<string, long>(tally.Days, StringComparer.Ordinal),
                    Likes = tally.Likes,
                };
                tally.Days.Clear();
                tally.Views = 0;
                tally.Likes = 0;
                tally.Sending = batch;
            }
            else
            {
                // Nothing for two flushes: forget the post. Batch numbers come from one counter per source, so a
                // later tally for the same post still numbers above everything this source sent it.
                if (tally.IdleFlushes++ >= 1 && _tallies.TryRemove(new KeyValuePair<string, Tally>(key, tally)))
                {
                    tally.Retired = true;
                }

                return;
            }
        }

        try
        {
            await _grains.GetGrain<IPostGrain>(key).Record(batch).ConfigureAwait(false);

            // The batch is stored now: the next read of the post fetches the stored count that includes it, so a
            // page never shows fewer views than it did before the flush.
            _posts.Invalidate(key);
            lock (tally)
            {
                tally.Sending = null;
                tally.IdleFlushes = 0;
            }

            BloggingMetrics.FlushBatches.Add(1, new KeyValuePair<string, object?>("result", "ok"));
        }
#pragma warning disable CA1031 // The batch stays and is sent again at the next flush with the same number.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            BloggingMetrics.FlushBatches.Add(1, new KeyValuePair<string, object?>("result", "failed"));
            LogSendFailed(_logger, exception, key);
        }
    }

    [LoggerMessage(EventId = 230, Level = LogLevel.Warning, Message = "Sending counters to post {PostKey} failed; they are kept and sent again at the next flush")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string postKey);

    [LoggerMessage(EventId = 231, Level = LogLevel.Warning, Message = "A counter flush failed; the counts stay in memory")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 232, Level = LogLevel.Error, Message = "The silo stopped with the counts of {Posts} posts unsent")]
    private static partial void LogUnsentAtStop(ILogger logger, int posts);

    private sealed record CachedDay(string Key, DateTimeOffset From, DateTimeOffset Until);

    private sealed class Tally
    {
        public readonly Dictionary<string, long> Days = new(StringComparer.Ordinal);
        public long Views;
        public long Likes;
        public int IdleFlushes;
        public bool Retired;
        public CounterBatch? Sending;
    }
}
