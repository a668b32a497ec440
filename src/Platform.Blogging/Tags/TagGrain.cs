using Orleans.Runtime;
using Platform.Blogging.Counters;
using Platform.Blogging.Hosting;

namespace Platform.Blogging.Tags;

/// <summary>The tag grain.</summary>
[GrainType("tag")]
internal sealed class TagGrain(
    [PersistentState("tag", BloggingStorage.Name)] IPersistentState<TagState> state,
    TimeProvider time) : Grain, ITagGrain
{
    public async Task Upsert(TagPostRef post)
    {
        ArgumentNullException.ThrowIfNull(post);
        if (state.State.Posts.TryGetValue(post.PostId, out var existing) && existing == post)
        {
            return;
        }

        state.State.Posts[post.PostId] = post;
        await state.WriteStateAsync();
    }

    public async Task Remove(string postId)
    {
        if (state.State.Posts.Remove(postId))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<TagView> GetView()
    {
        var now = time.GetUtcNow();
        var posts = state.State.Posts.Values.Where(p => p.IsPublicAt(now)).OrderByDescending(p => p.Date).ToArray();
        return Task.FromResult(new TagView(TagKey.Parse(this.GetPrimaryKeyString()).Tag, posts, state.State.Views));
    }

    public async Task ApplyRollup(RollupBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (state.State.AppliedBatches.TryGetValue(batch.PostId, out var last) && batch.Sequence <= last)
        {
            return;
        }

        state.State.Views += batch.Views;
        state.State.AppliedBatches[batch.PostId] = batch.Sequence;
        await state.WriteStateAsync();
    }
}
