using Microsoft.Extensions.Options;
using Platform.Blogging.Blogs;
using Platform.Blogging.Hosting;

namespace Platform.Blogging.Caching;

/// <summary>
/// This silo's snapshots of blogs, by name. A page view reads one with no grain call; a snapshot older than
/// <see cref="BloggingOptions.CacheRevalidation"/> is checked against the blog grain's version first, and rebuilt here
/// only when the version moved (or when a scheduled post falls due, which needs no grain at all).
/// </summary>
public sealed class BlogSnapshots : IDisposable
{
    private readonly ProbedCache<CachedBlog> _cache;
    private readonly TimeProvider _time;

    /// <summary>Creates the cache over the cluster's grains.</summary>
    public BlogSnapshots(IGrainFactory grains, TimeProvider time, IOptions<BloggingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        _cache = new ProbedCache<CachedBlog>(
            async (blog, held) =>
            {
                var read = await grains.GetGrain<IBlogGrain>(blog).Read(held?.Index.Version ?? 0).ConfigureAwait(false);
                return !read.Exists ? null
                    : read.Index is { } index ? new CachedBlog(index, BlogSnapshotBuilder.Build(index, time.GetUtcNow()))
                    : held;
            },
            time,
            options.Value.CacheRevalidation,
            name: "blog");
    }

    /// <summary>The blog's snapshot within the revalidation bound, or null when there is no such blog.</summary>
    public ValueTask<BlogSnapshot?> GetAsync(string blog)
    {
        // The hot path completes synchronously: no state machine unless a probe is under way.
        var held = _cache.GetAsync(blog);
        return held.IsCompletedSuccessfully ? new ValueTask<BlogSnapshot?>(Current(blog, held.Result)) : AwaitAsync(blog, held);
    }

    /// <summary>The blog's snapshot as the grain has it now (for writers), or null.</summary>
    public async Task<BlogSnapshot?> GetFreshAsync(string blog) => Current(blog, await _cache.GetFreshAsync(blog).ConfigureAwait(false));

    /// <summary>Makes the next read of <paramref name="blog"/> ask its grain (after a change made through this silo).</summary>
    public void Invalidate(string blog) => _cache.Invalidate(blog);

    /// <inheritdoc />
    public void Dispose() => _cache.Dispose();

    private async ValueTask<BlogSnapshot?> AwaitAsync(string blog, ValueTask<CachedBlog?> held) => Current(blog, await held.ConfigureAwait(false));

    private BlogSnapshot? Current(string blog, CachedBlog? held)
    {
        if (held is null)
        {
            return null;
        }

        var now = _time.GetUtcNow();
        if (held.Snapshot.ValidUntil is { } until && until <= now)
        {
            // A scheduled post is due: the same index, seen at a later time.
            var rebuilt = held with { Snapshot = BlogSnapshotBuilder.Build(held.Index, now) };
            _cache.Replace(blog, held, rebuilt);
            return rebuilt.Snapshot;
        }

        return held.Snapshot;
    }
}
