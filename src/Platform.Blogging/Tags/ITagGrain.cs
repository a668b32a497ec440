using Orleans.Concurrency;
using Platform.Blogging.Counters;

namespace Platform.Blogging.Tags;

/// <summary>A tag of a blog (key <c>"{blog}/{tag}"</c>, see <see cref="TagKey"/>): its posts and its view total.</summary>
[Alias("platform.ITagGrain")]
public interface ITagGrain : IGrainWithStringKey
{
    /// <summary>Adds or updates a post carrying the tag.</summary>
    Task Upsert(TagPostRef post);

    /// <summary>Removes a post that no longer carries the tag.</summary>
    Task Remove(string postId);

    /// <summary>The public posts, newest first, and the view total.</summary>
    [ReadOnly]
    Task<TagView> GetView();

    /// <summary>Adds a post's views once (a repeated sequence number is ignored).</summary>
    Task ApplyRollup(RollupBatch batch);
}
