using Orleans.Concurrency;

namespace Platform.Blogging.Registry;

/// <summary>
/// One partition of the platform-wide directory (key: the partition number, see <see cref="BlogDirectory"/>): the
/// blog names and custom domains that hash to it (a domain is unique across blogs), and when its blogs' next
/// scheduled posts are due — so publication happens even when no request arrives. It calls no other grain.
/// </summary>
[Alias("platform.IBlogDirectoryGrain")]
public interface IBlogDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Records a blog name.</summary>
    Task AddBlog(string blog);

    /// <summary>Gives a custom domain to a blog; <see cref="Errors.DomainConflictException"/> when another blog owns it.</summary>
    Task ClaimDomain(string domain, string blog);

    /// <summary>Takes a custom domain back from a blog (nothing if another blog owns it).</summary>
    Task ReleaseDomain(string domain, string blog);

    /// <summary>Records when the blog's next scheduled post is due (null: none).</summary>
    Task SetNextPublication(string blog, DateTimeOffset? at);

    /// <summary>The blog names of this partition.</summary>
    [ReadOnly]
    Task<IReadOnlyCollection<string>> GetBlogs();

    /// <summary>Custom domain (lower case, no trailing dot) to blog name, for this partition's domains.</summary>
    [ReadOnly]
    Task<IReadOnlyDictionary<string, string>> GetDomains();

    /// <summary>This partition's blogs with scheduled posts, and when the earliest is due.</summary>
    [ReadOnly]
    Task<IReadOnlyDictionary<string, DateTimeOffset>> GetNextPublications();
}
