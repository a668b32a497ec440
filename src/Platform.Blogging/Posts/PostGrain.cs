using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Platform.Blogging.Blogs;
using Platform.Blogging.Counters;
using Platform.Blogging.Errors;
using Platform.Blogging.Hosting;

namespace Platform.Blogging.Posts;

/// <summary>
/// The post grain. Content and counters are two states. Each silo's <see cref="ViewCounter"/> sends a batch per
/// flush interval; the grain adds it to its counters, writes them at once with a numbered <see cref="RollupBatch"/>
/// for the blog, then delivers that roll-up (the receivers apply each roll-up once; an undelivered one
/// stays pending and is sent again with the next batch or at the next activation).
/// </summary>
[GrainType("post")]
internal sealed partial class PostGrain(
    [PersistentState("post", BloggingStorage.Name)] IPersistentState<PostState> state,
    [PersistentState("postcounters", BloggingStorage.Name)] IPersistentState<PostCountersState> counters,
    TimeProvider time,
    ILogger<PostGrain> logger) : Grain, IPostGrain
{
    /// <summary>A counting source silent this long is forgotten (a silo restarts with a new source id).</summary>
    private static readonly TimeSpan SourceMemory = TimeSpan.FromDays(1);

    private (string Blog, string Id) Key => PostKey.Parse(this.GetPrimaryKeyString());

    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        counters.State.Pending.Count > 0 ? TryDeliverPendingAsync() : Task.CompletedTask;

    public Task<PostDocument?> GetDocument() =>
        Task.FromResult(state.State.Content is null ? null : Document(state.State.Content));

    public Task<PostRead> Read(long knownRevision)
    {
        var content = state.State.Content;
        var revision = content is null ? 0 : state.State.Revision;
        return Task.FromResult(new PostRead(
            revision, counters.State.Views, counters.State.Likes, content is not null && revision != knownRevision ? content : null));
    }

    public async Task Record(CounterBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var c = counters.State;
        if (state.State.Content is null
            || (c.Sources.TryGetValue(batch.Source, out var seen) && batch.Sequence <= seen.Sequence)
            || (batch.Views == 0 && batch.Likes == 0))
        {
            return;
        }

        var now = time.GetUtcNow();
        var previousSources = new Dictionary<string, CounterSource>(c.Sources, StringComparer.Ordinal);
        var rollup = new RollupBatch
        {
            PostId = Key.Id,
            Sequence = c.LastSequence + 1,
            DailyViews = new Dictionary<string, long>(batch.DailyViews, StringComparer.Ordinal),
            Likes = batch.Likes,
        };
        c.Views += rollup.Views;
        c.Likes += rollup.Likes;
        c.LastSequence = rollup.Sequence;
        c.Pending.Add(rollup);
        foreach (var stale in c.Sources.Where(s => now - s.Value.At > SourceMemory).Select(s => s.Key).ToArray())
        {
            c.Sources.Remove(stale);
        }

        c.Sources[batch.Source] = new CounterSource { Sequence = batch.Sequence, At = now };
        try
        {
            await counters.WriteStateAsync();
        }
        catch
        {
            // Nothing was stored: undo, so the sender's retry of this batch is applied exactly once.
            c.Views -= rollup.Views;
            c.Likes -= rollup.Likes;
            c.LastSequence = rollup.Sequence - 1;
            c.Pending.Remove(rollup);
            c.Sources = previousSources;
            throw;
        }

        await TryDeliverPendingAsync();
    }

    public async Task<PostDocument> Save(PostContent content, long expectedRevision)
    {
        ArgumentNullException.ThrowIfNull(content);
        var current = state.State.Content is null ? 0 : state.State.Revision;
        if (expectedRevision != current)
        {
            if (expectedRevision == 0)
            {
                throw new InvalidInputException("id", $"Post '{Key.Id}' already exists.");
            }

            throw state.State.Content is null
                ? new PostNotFoundException(Key.Blog, Key.Id)
                : new RevisionMismatchException(Key.Id, expectedRevision, current);
        }

        var now = time.GetUtcNow();
        var previous = (state.State.Content, state.State.Revision, state.State.CreatedAt, state.State.UpdatedAt);
        state.State.Content = content;
        state.State.Revision = state.State.Revision + 1;
        state.State.CreatedAt = previous.Content is null ? now : state.State.CreatedAt;
        state.State.UpdatedAt = now;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            (state.State.Content, state.State.Revision, state.State.CreatedAt, state.State.UpdatedAt) = previous;
            throw;
        }

        return Document(content);
    }

    public async Task Delete(long? expectedRevision)
    {
        if (state.State.Content is null)
        {
            throw new PostNotFoundException(Key.Blog, Key.Id);
        }

        if (expectedRevision is { } expected && expected != state.State.Revision)
        {
            throw new RevisionMismatchException(Key.Id, expected, state.State.Revision);
        }

        await TryDeliverPendingAsync();
        var revision = state.State.Revision;
        await state.ClearStateAsync();

        // The revision survives the delete in memory, so a post re-created under this id while the activation
        // lives never reuses an old ETag.
        state.State = new PostState { Revision = revision };
    }

    /// <summary>Hands every written roll-up to the blog, oldest first; it applies each roll-up once.</summary>
    private async Task TryDeliverPendingAsync()
    {
        var delivered = false;
        var (blog, _) = Key;
        try
        {
            while (counters.State.Pending.Count > 0)
            {
                var rollup = counters.State.Pending[0];
                await GrainFactory.GetGrain<IBlogGrain>(blog).ApplyRollup(rollup);

                counters.State.Pending.RemoveAt(0);
                delivered = true;
            }

            if (delivered)
            {
                await counters.WriteStateAsync();
            }
        }
#pragma warning disable CA1031 // The roll-up stays pending (stored) and is sent again; the views are already counted here.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogRollupDeferred(logger, exception, blog, Key.Id);
        }
    }

    private PostDocument Document(PostContent content)
    {
        var now = time.GetUtcNow();
        var status = content.IsDraft ? PostStatus.Draft : content.Date > now ? PostStatus.Scheduled : PostStatus.Published;
        return new PostDocument(
            Key.Blog, Key.Id, content, state.State.Revision, status, state.State.CreatedAt, state.State.UpdatedAt,
            counters.State.Views, counters.State.Likes);
    }

    [LoggerMessage(EventId = 220, Level = LogLevel.Warning, Message = "Rolling up the counters of post {PostId} of blog {Blog} failed; the roll-up stays pending and is sent again")]
    private static partial void LogRollupDeferred(ILogger logger, Exception exception, string blog, string postId);
}
