using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Storage;
using Platform.Blogging.Errors;
using Platform.Blogging.Hosting;
using Platform.Blogging.Partitions;

namespace Platform.Blogging.Registry;

/// <summary>The directory partition grain.</summary>
[GrainType("blogdirectory")]
internal sealed class BlogDirectoryGrain(
    [PersistentState("directory", BloggingStorage.Name)] IPersistentState<DirectoryState> state) : Grain, IBlogDirectoryGrain
{
    private int Partition => int.Parse(this.GetPrimaryKeyString(), System.Globalization.CultureInfo.InvariantCulture);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Migrated)
        {
            return;
        }

        // First activation since layout 2: take this partition's share of the one old directory (left as it was).
        var storage = ServiceProvider.GetRequiredKeyedService<IGrainStorage>(BloggingStorage.Name);
        var legacy = new GrainState<DirectoryState>(new DirectoryState());
        await storage.ReadStateAsync("directory", GrainId.Create("blogdirectory", BlogDirectory.LegacyKey), legacy);
        var old = legacy.State ?? new DirectoryState();
        var partition = Partition;
        bool Mine(string value) => PartitionHash.Partition(value, BlogDirectory.Partitions) == partition;
        foreach (var (blog, domains) in old.Blogs)
        {
            if (Mine(blog))
            {
                state.State.Blogs.TryAdd(blog, []);
            }

            foreach (var domain in domains.Where(Mine))
            {
                state.State.Domains.TryAdd(domain, blog);
            }
        }

        foreach (var (blog, due) in old.NextPublications.Where(p => Mine(p.Key)))
        {
            state.State.NextPublications.TryAdd(blog, due);
        }

        state.State.Migrated = true;
        await state.WriteStateAsync(cancellationToken);
    }

    public async Task AddBlog(string blog)
    {
        if (state.State.Blogs.TryAdd(blog, []))
        {
            await state.WriteStateAsync();
        }
    }

    public async Task ClaimDomain(string domain, string blog)
    {
        if (state.State.Domains.TryGetValue(domain, out var owner))
        {
            if (owner == blog)
            {
                return;
            }

            throw new DomainConflictException(domain, owner);
        }

        state.State.Domains[domain] = blog;
        await state.WriteStateAsync();
    }

    public async Task ReleaseDomain(string domain, string blog)
    {
        if (state.State.Domains.TryGetValue(domain, out var owner) && owner == blog)
        {
            state.State.Domains.Remove(domain);
            await state.WriteStateAsync();
        }
    }

    public async Task SetNextPublication(string blog, DateTimeOffset? at)
    {
        var changed = at is { } due
            ? !state.State.NextPublications.TryGetValue(blog, out var current) || current != due
            : state.State.NextPublications.ContainsKey(blog);
        if (!changed)
        {
            return;
        }

        if (at is { } value)
        {
            state.State.NextPublications[blog] = value;
        }
        else
        {
            state.State.NextPublications.Remove(blog);
        }

        await state.WriteStateAsync();
    }

    public Task<IReadOnlyCollection<string>> GetBlogs() =>
        Task.FromResult<IReadOnlyCollection<string>>([.. state.State.Blogs.Keys]);

    public Task<IReadOnlyDictionary<string, string>> GetDomains() =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>(state.State.Domains, StringComparer.Ordinal));

    public Task<IReadOnlyDictionary<string, DateTimeOffset>> GetNextPublications() =>
        Task.FromResult<IReadOnlyDictionary<string, DateTimeOffset>>(new Dictionary<string, DateTimeOffset>(state.State.NextPublications, StringComparer.Ordinal));
}
