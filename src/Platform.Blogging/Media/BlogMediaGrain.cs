using Orleans.Runtime;
using Platform.Blogging.Errors;
using Platform.Blogging.Hosting;

namespace Platform.Blogging.Media;

/// <summary>The media catalog grain: one small state per blog, written on every add and remove.</summary>
[GrainType(GrainTypeName)]
internal sealed class BlogMediaGrain(
    [PersistentState(BlogMediaGrain.StateName, BloggingStorage.Name)] IPersistentState<MediaState> state,
    Microsoft.Extensions.Options.IOptions<MediaOptions> options) : Grain, IBlogMediaGrain
{
    /// <summary>The grain type in storage keys.</summary>
    public const string GrainTypeName = "blogmedia";

    /// <summary>The state name in storage keys.</summary>
    public const string StateName = "media";

    public async Task<MediaAdded> Add(MediaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (state.State.Items.Find(i => string.Equals(i.Id, item.Id, StringComparison.Ordinal)) is { } existing)
        {
            return new MediaAdded(existing, Created: false);
        }

        var limit = options.Value.MaxItemsPerBlog;
        if (state.State.Items.Count >= limit)
        {
            throw new InvalidInputException("file", $"The blog has {limit} media items, the most it may keep; delete some first.");
        }

        state.State.Items.Add(item);
        await state.WriteStateAsync();
        return new MediaAdded(item, Created: true);
    }

    public Task<MediaItem?> Find(string id) =>
        Task.FromResult(state.State.Items.Find(i => string.Equals(i.Id, id, StringComparison.Ordinal)));

    public Task<IReadOnlyList<MediaItem>> List() =>
        Task.FromResult<IReadOnlyList<MediaItem>>(Enumerable.Reverse(state.State.Items).ToArray());

    public async Task<MediaItem?> Remove(string id)
    {
        var index = state.State.Items.FindIndex(i => string.Equals(i.Id, id, StringComparison.Ordinal));
        if (index < 0)
        {
            return null;
        }

        var item = state.State.Items[index];
        state.State.Items.RemoveAt(index);
        await state.WriteStateAsync();
        return item;
    }
}
