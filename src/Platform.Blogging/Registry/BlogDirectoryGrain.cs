using Orleans.Runtime;
using Platform.Blogging.Errors;
using Platform.Blogging.Hosting;

namespace Platform.Blogging.Registry;

/// <summary>The directory grain.</summary>
[GrainType("blogdirectory")]
internal sealed class BlogDirectoryGrain(
    [PersistentState("directory", BloggingStorage.Name)] IPersistentState<DirectoryState> state) : Grain, IBlogDirectoryGrain
{
    private DirectorySnapshot? _snapshot;

    public async Task Register(string blog, IReadOnlyList<string> customDomains)
    {
        ArgumentNullException.ThrowIfNull(customDomains);
        foreach (var domain in customDomains)
        {
            var owner = state.State.Blogs.FirstOrDefault(b => b.Key != blog && b.Value.Contains(domain, StringComparer.Ordinal)).Key;
            if (owner is not null)
            {
                throw new DomainConflictException(domain, owner);
            }
        }

        state.State.Blogs[blog] = [.. customDomains];
        await state.WriteStateAsync();
        _snapshot = null;
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
        _snapshot = null;
    }

    public Task<DirectorySnapshot> GetDirectory()
    {
        return Task.FromResult(_snapshot ??= new DirectorySnapshot(
            state.State.Blogs.Keys.ToArray(),
            state.State.Blogs.SelectMany(b => b.Value.Select(d => (Domain: d, Blog: b.Key))).ToDictionary(x => x.Domain, x => x.Blog, StringComparer.Ordinal),
            new Dictionary<string, DateTimeOffset>(state.State.NextPublications, StringComparer.Ordinal)));
    }
}
