using System.Diagnostics.Metrics;

namespace Platform.Blogging.Hosting;

/// <summary>
/// The blog domain's own instruments (meter <c>Platform.Blogging</c>). Labels are few and fixed — never a blog's
/// name, a post id or a key — so a platform with 100,000 blogs has the same handful of series as one with ten.
/// </summary>
public static class BloggingMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "Platform.Blogging";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Views counted by this silo's <see cref="Counters.ViewCounter"/>.</summary>
    public static readonly Counter<long> ViewsCounted = Meter.CreateCounter<long>("platform.views.counted", "{view}", "Page views counted");

    /// <summary>Likes counted.</summary>
    public static readonly Counter<long> LikesCounted = Meter.CreateCounter<long>("platform.likes.counted", "{like}", "Likes counted");

    /// <summary>Silo-cache reads answered from the cache (label <c>cache</c>: blog or post).</summary>
    public static readonly Counter<long> CacheHits = Meter.CreateCounter<long>("platform.cache.hits", "{read}", "Reads served from a silo cache without a grain call");

    /// <summary>Silo-cache reads that asked the grain (label <c>cache</c>).</summary>
    public static readonly Counter<long> CacheMisses = Meter.CreateCounter<long>("platform.cache.misses", "{read}", "Reads that probed the owning grain");

    /// <summary>Reads answered with the held value because the owning grain could not be reached (label <c>cache</c>).</summary>
    public static readonly Counter<long> CacheStale = Meter.CreateCounter<long>("platform.cache.stale", "{read}", "Reads served stale because the owning grain did not answer");

    /// <summary>Counter batches sent to posts by flushes (label <c>result</c>: ok or failed).</summary>
    public static readonly Counter<long> FlushBatches = Meter.CreateCounter<long>("platform.flush.batches", "{batch}", "Counter batches sent by flushes");

    /// <summary>Grain storage calls' duration (labels <c>operation</c>: read, write, clear; <c>state</c>: the state name).</summary>
    public static readonly Histogram<double> StorageDuration = Meter.CreateHistogram<double>(
        "platform.storage.duration",
        "s",
        "Grain storage call duration",
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

    /// <summary>Grain storage calls that failed (labels <c>operation</c>, <c>state</c>).</summary>
    public static readonly Counter<long> StorageErrors = Meter.CreateCounter<long>("platform.storage.errors", "{error}", "Grain storage calls that failed");
}
