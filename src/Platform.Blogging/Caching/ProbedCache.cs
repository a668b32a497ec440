using System.Collections.Concurrent;
using Platform.Blogging.Hosting;

namespace Platform.Blogging.Caching;

/// <summary>
/// A silo-local cache of values owned by grains, kept fresh by revision probes. A value younger than the bound is
/// served with no grain call; an older one is probed (one probe at a time per key: concurrent readers share it),
/// and the probe answers with the same value when nothing changed. So a change made anywhere in the cluster is
/// served here within the bound, and a hot key costs one grain call per bound. A value is kept until it goes
/// unread for <see cref="IdleLifetime"/>. When a probe fails (the owner's silo is stopping or was killed, and the
/// cluster has not moved the grain yet) readers get the held value instead of an error, unless this silo changed it.
/// </summary>
/// <typeparam name="T">The cached value; null means "no such thing", and is cached too.</typeparam>
internal sealed class ProbedCache<T> : IDisposable
    where T : class
{
    /// <summary>How long an unread entry stays.</summary>
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromMinutes(10);

    /// <summary>The most keys held by default: past it, new keys are probed every time and not kept.</summary>
    public const int DefaultCapacity = 100_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Func<string, T?, Task<T?>> _probe;
    private readonly TimeProvider _time;
    private readonly TimeSpan _bound;
    private readonly int _capacity;
    private readonly ITimer _sweeper;
    private readonly KeyValuePair<string, object?> _hitTag;

    /// <param name="probe">Asks the owner for the value, given the one held (null if none); returns the held instance when unchanged.</param>
    /// <param name="time">The clock.</param>
    /// <param name="bound">How long a probed value is served without asking again.</param>
    /// <param name="capacity">
    /// The most keys held: requests for unknown names (a crawler, or someone trying random blog names) must not grow
    /// the cache without bound. Past it, a key not yet held is answered by a probe and not kept.
    /// </param>
    /// <param name="name">The cache's name in metrics (<c>blog</c>, <c>post</c>).</param>
    public ProbedCache(Func<string, T?, Task<T?>> probe, TimeProvider time, TimeSpan bound, int capacity = DefaultCapacity, string name = "")
    {
        _hitTag = new KeyValuePair<string, object?>("cache", name);
        _probe = probe;
        _capacity = capacity;
        _time = time;
        _bound = bound;
        _sweeper = time.CreateTimer(static s => ((ProbedCache<T>)s!).Sweep(), this, IdleLifetime, IdleLifetime);
    }

    /// <summary>How many keys are held.</summary>
    public int Count => _entries.Count;

    /// <summary>The value, probing only when the held one is older than the bound.</summary>
    public ValueTask<T?> GetAsync(string key)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            if (_entries.Count >= _capacity)
            {
                return new ValueTask<T?>(_probe(key, null));
            }

            entry = _entries.GetOrAdd(key, static _ => new Entry());
        }

        var now = _time.GetTimestamp();
        entry.LastRead = now;
        if (Volatile.Read(ref entry.ProbedGeneration) == Volatile.Read(ref entry.Generation)
            && _time.GetElapsedTime(Volatile.Read(ref entry.CheckedAt), now) < _bound)
        {
            BloggingMetrics.CacheHits.Add(1, _hitTag);
            return new ValueTask<T?>(entry.Value);
        }

        BloggingMetrics.CacheMisses.Add(1, _hitTag);

        lock (entry)
        {
            if (entry.Pending is { IsCompleted: false } pending)
            {
                return new ValueTask<T?>(pending);
            }

            var probe = ProbeAsync(key, entry, allowStale: true);
            entry.Pending = probe;
            return new ValueTask<T?>(probe);
        }
    }

    /// <summary>The value as the owner has it now (always probes; never shares a probe that began earlier).</summary>
    public Task<T?> GetFreshAsync(string key) =>
        _entries.TryGetValue(key, out var entry) ? ProbeAsync(key, entry)
        : _entries.Count >= _capacity ? _probe(key, null)
        : ProbeAsync(key, _entries.GetOrAdd(key, static _ => new Entry()));

    /// <summary>Makes the next read probe: for a change this silo just made.</summary>
    public void Invalidate(string key)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            Interlocked.Increment(ref entry.Generation);
        }
    }

    /// <summary>Replaces the held value without a probe (for a value derived locally from the held one).</summary>
    public void Replace(string key, T? expected, T? value)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            lock (entry)
            {
                if (ReferenceEquals(entry.Value, expected))
                {
                    entry.Value = value;
                }
            }
        }
    }

    public void Dispose() => _sweeper.Dispose();

    private async Task<T?> ProbeAsync(string key, Entry entry, bool allowStale = false)
    {
        var started = _time.GetTimestamp();
        var generation = Volatile.Read(ref entry.Generation);
        T? value;
        try
        {
            value = await _probe(key, entry.Value).ConfigureAwait(false);
        }
        catch (Exception) when (allowStale && entry.Value is { } held && Volatile.Read(ref entry.ProbedGeneration) == generation)
        {
            // The owner cannot answer (its silo is going away, or the cluster is re-balancing): serve what is held,
            // which is at most one bound older than asked for, and probe again at the next read. A change made on
            // this silo (a new generation) is never answered from the old value.
            BloggingMetrics.CacheStale.Add(1, _hitTag);
            return held;
        }

        lock (entry)
        {
            // A probe that began before an invalidation may answer with what the change replaced: keep its value
            // (it is no older than what was held) but leave the entry due for another probe.
            if (started >= entry.CheckedAt)
            {
                entry.Value = value;
                Volatile.Write(ref entry.CheckedAt, started);
                Volatile.Write(ref entry.ProbedGeneration, generation);
            }
        }

        return value;
    }

    private void Sweep()
    {
        var now = _time.GetTimestamp();
        foreach (var (key, entry) in _entries)
        {
            if (_time.GetElapsedTime(entry.LastRead, now) > IdleLifetime && entry.Pending is null or { IsCompleted: true })
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    private sealed class Entry
    {
        public T? Value;
        public long CheckedAt = long.MinValue;
        public long Generation;
        public long ProbedGeneration = -1;
        public long LastRead;
        public Task<T?>? Pending;
    }
}
