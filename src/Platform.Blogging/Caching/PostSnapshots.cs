using Microsoft.Extensions.Options;
using Platform.Blogging.Hosting;
using Platform.Blogging.Posts;

namespace Platform.Blogging.Caching;

/// <summary>
/// This silo's copies of posts for readers, by blog and id: the same revision probe as <see cref="BlogSnapshots"/>.
/// A probe also brings the stored counters, so a page shows views within one flush interval plus the bound.
/// </summary>
public sealed class PostSnapshots : IDisposable
{
    private readonly ProbedCache<PostSnapshot> _cache;

    /// <summary>Creates the cache over the cluster's grains.</summary>
    public PostSnapshots(IGrainFactory grains, TimeProvider time, IOptions<BloggingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(options);
        _cache = new ProbedCache<PostSnapshot>(
            async (key, held) =>
            {
                var read = await grains.GetGrain<IPostGrain>(key).Read(held?.Revision ?? 0).ConfigureAwait(false);
                if (!read.Exists)
                {
                    return null;
                }

                if (read.Content is { } content)
                {
                    var zone = TimeZoneInfo.TryFindSystemTimeZoneById(content.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
                    return new PostSnapshot(content, read.Revision, read.Views, read.Likes, zone);
                }

                return held!.Views == read.Views && held.Likes == read.Likes ? held : held with { Views = read.Views, Likes = read.Likes };
            },
            time,
            options.Value.CacheRevalidation,
            name: "post");
    }

    /// <summary>The post within the revalidation bound, or null when there is no such post.</summary>
    public ValueTask<PostSnapshot?> GetAsync(string blog, string postId) => _cache.GetAsync(PostKey.Of(blog, postId));

    /// <summary>Makes the next read of the post ask its grain (after a change made through this silo).</summary>
    public void Invalidate(string blog, string postId) => _cache.Invalidate(PostKey.Of(blog, postId));

    /// <summary>As <see cref="Invalidate(string, string)"/>, by post grain key.</summary>
    internal void Invalidate(string postKey) => _cache.Invalidate(postKey);

    /// <inheritdoc />
    public void Dispose() => _cache.Dispose();
}
