using Orleans.Concurrency;

namespace Platform.Blogging.Registry;

/// <summary>
/// The platform-wide registry (key <see cref="BlogDirectory.Key"/>): which blogs exist, which custom domains they
/// own (unique across blogs), and which have scheduled posts — so publication happens even when no request arrives.
/// It calls no other grain.
/// </summary>
[Alias("platform.IBlogDirectoryGrain")]
public interface IBlogDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Records a blog and its domains; <see cref="Errors.DomainConflictException"/> when another blog owns one.</summary>
    Task Register(string blog, IReadOnlyList<string> customDomains);

    /// <summary>Records when the blog's next scheduled post is due (null: none).</summary>
    Task SetNextPublication(string blog, DateTimeOffset? at);

    /// <summary>The whole directory.</summary>
    [ReadOnly]
    Task<DirectorySnapshot> GetDirectory();
}
