using Platform.Blogging.Errors;
using Platform.Blogging.Partitions;

namespace Platform.Blogging.Registry;

/// <summary>
/// The platform-wide directory, split into <see cref="Partitions"/> grains by the hash of a blog name or a domain,
/// so no single grain is on the path of every blog creation, domain change or scheduled post. Layout-2 data (one
/// grain, key <see cref="LegacyKey"/>) is split into the partitions when each first activates.
/// </summary>
public static class BlogDirectory
{
    /// <summary>How many partitions the directory has: part of the stored layout.</summary>
    public const int Partitions = 256;

    /// <summary>The key of the one directory grain of layout 2, read once by each partition.</summary>
    public const string LegacyKey = "platform";

    /// <summary>The partition grain for a blog name or a domain.</summary>
    public static IBlogDirectoryGrain For(IGrainFactory grains, string nameOrDomain)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return Partition(grains, PartitionHash.Partition(nameOrDomain, Partitions));
    }

    /// <summary>The grain of partition <paramref name="partition"/>.</summary>
    public static IBlogDirectoryGrain Partition(IGrainFactory grains, int partition)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<IBlogDirectoryGrain>(partition.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Every partition grain.</summary>
    public static IEnumerable<IBlogDirectoryGrain> All(IGrainFactory grains) =>
        Enumerable.Range(0, Partitions).Select(p => Partition(grains, p));

    /// <summary>
    /// Records a blog and moves its custom domains from <paramref name="before"/> to <paramref name="after"/>: new
    /// domains are claimed first (a domain another blog owns raises <see cref="DomainConflictException"/> and the
    /// claims made so far are given back), then dropped ones are released.
    /// </summary>
    public static async Task RegisterAsync(IGrainFactory grains, string blog, IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var claimed = new List<string>();
        try
        {
            foreach (var domain in after.Except(before, StringComparer.Ordinal))
            {
                await For(grains, domain).ClaimDomain(domain, blog);
                claimed.Add(domain);
            }
        }
        catch (DomainConflictException)
        {
            foreach (var domain in claimed)
            {
                await For(grains, domain).ReleaseDomain(domain, blog);
            }

            throw;
        }

        foreach (var domain in before.Except(after, StringComparer.Ordinal))
        {
            await For(grains, domain).ReleaseDomain(domain, blog);
        }

        await For(grains, blog).AddBlog(blog);
    }

    /// <summary>Whether any blog exists (asks every partition, in parallel: for start-up checks, not for requests).</summary>
    public static async Task<bool> AnyBlogAsync(IGrainFactory grains)
    {
        var counts = await Task.WhenAll(All(grains).Select(p => p.GetBlogs()));
        return counts.Any(c => c.Count > 0);
    }

    /// <summary>Every custom domain and its blog, from all partitions (the silo-local domain table is refreshed from it).</summary>
    public static async Task<IReadOnlyDictionary<string, string>> GetDomainsAsync(IGrainFactory grains)
    {
        var parts = await Task.WhenAll(All(grains).Select(p => p.GetDomains()));
        return parts.SelectMany(p => p).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    /// <summary>Every blog with scheduled posts and when its earliest is due, from all partitions.</summary>
    public static async Task<IReadOnlyDictionary<string, DateTimeOffset>> GetNextPublicationsAsync(IGrainFactory grains)
    {
        var parts = await Task.WhenAll(All(grains).Select(p => p.GetNextPublications()));
        return parts.SelectMany(p => p).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    /// <summary>Records when a blog's next scheduled post is due (null: none), in the blog's partition.</summary>
    public static Task SetNextPublicationAsync(IGrainFactory grains, string blog, DateTimeOffset? at) =>
        For(grains, blog).SetNextPublication(blog, at);
}
