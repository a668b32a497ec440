using Microsoft.Extensions.Options;
using Platform.Actors;
using Platform.Actors.Persistence;
using Platform.Actors.Timers;
using Platform.Blogging.Blogs;
using Platform.Blogging.Counters;
using Platform.Blogging.Errors;
using Platform.Blogging.Hosting;
using Platform.Blogging.Tags;

namespace Platform.Blogging.Posts;

/// <summary>
/// The post grain. Content and counters are two states. Views and likes go to memory; every flush interval (and
/// on deactivation) they become a numbered <see cref="RollupBatch"/> written with the counters, then delivered to
/// the blog and the tags, which apply each batch once.
/// </summary>
internal sealed class PostGrain(
    [PersistentState("post", BloggingStorage.Name)] IPersistentState<PostState> state,
    [PersistentState("postcounters", BloggingStorage.Name)] IPersistentState<PostCountersState> counters,
    TimeProvider time,
    IOptions<BloggingOptions> options) : Grain, IPostGrain
{
    private readonly Dictionary<string, long> _unflushedViews = new(StringComparer.Ordinal);
    private long _unflushedViewTotal;
    private long _unflushedLikes;
    private TimeZoneInfo? _zone;
    private IGrainTimer? _flushTimer;

    private (string Blog, string Id) Key => PostKey.Parse(this.GetPrimaryKeyString());

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var interval = options.Value.FlushInterval;
        _flushTimer = RegisterGrainTimer(static (self, _) => self.FlushAsync(), this, new GrainTimerCreationOptions(interval, interval));
        return counters.State.Pending.Count > 0 ? DeliverPendingAsync() : Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _flushTimer?.Dispose();
        await FlushAsync();
    }

    public async Task<PostDocument?> GetDocument()
    {
        await RevalidateAsync();
        return state.State.Content is null ? null : Document(state.State.Content);
    }

    public async Task<PostPage?> View(bool countView)
    {
        await RevalidateAsync();
        var content = state.State.Content;
        if (content is null)
        {
            return null;
        }

        if (countView)
        {
            var day = DayKey.Of(time.GetUtcNow(), Zone(content));
            _unflushedViews[day] = _unflushedViews.GetValueOrDefault(day) + 1;
            _unflushedViewTotal++;
        }

        return new PostPage(content, state.State.Revision, counters.State.Views + _unflushedViewTotal, counters.State.Likes + _unflushedLikes);
    }

    public Task<long> AddLike()
    {
        if (state.State.Content is null)
        {
            throw new PostNotFoundException(Key.Blog, Key.Id);
        }

        _unflushedLikes++;
        return Task.FromResult(counters.State.Likes + _unflushedLikes);
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

        _zone = null;
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

        await FlushAsync();
        var revision = state.State.Revision;
        await state.ClearStateAsync();
        state.State.Revision = revision;
    }

    public Task Flush() => FlushAsync();

    private async Task FlushAsync()
    {
        for (var attempt = 1; _unflushedViewTotal > 0 || _unflushedLikes > 0; attempt++)
        {
            var batch = TakeBatch();
            try
            {
                await counters.WriteStateAsync();
                break;
            }
            catch (InconsistentStateException) when (attempt < 3)
            {
                // Another node wrote this post's counters: reload them and put this batch on top of theirs.
                PutBack(batch);
                await counters.ReadStateAsync();
            }
            catch
            {
                PutBack(batch);
                throw;
            }
        }

        await DeliverPendingAsync();
    }

    /// <summary>Moves the in-memory counts into a new numbered batch in the counters state.</summary>
    private RollupBatch TakeBatch()
    {
        var c = counters.State;
        var batch = new RollupBatch
        {
            PostId = Key.Id,
            Sequence = c.LastSequence + 1,
            DailyViews = new Dictionary<string, long>(_unflushedViews, StringComparer.Ordinal),
            Likes = _unflushedLikes,
        };
        c.Views += batch.Views;
        c.Likes += batch.Likes;
        c.LastSequence = batch.Sequence;
        c.Pending.Add(batch);
        _unflushedViews.Clear();
        _unflushedViewTotal = 0;
        _unflushedLikes = 0;
        return batch;
    }

    /// <summary>Undoes <see cref="TakeBatch"/> after a failed write: nothing was stored, so the counts go back to memory.</summary>
    private void PutBack(RollupBatch batch)
    {
        var c = counters.State;
        c.Views -= batch.Views;
        c.Likes -= batch.Likes;
        c.LastSequence = batch.Sequence - 1;
        c.Pending.Remove(batch);
        foreach (var (day, views) in batch.DailyViews)
        {
            _unflushedViews[day] = _unflushedViews.GetValueOrDefault(day) + views;
        }

        _unflushedViewTotal += batch.Views;
        _unflushedLikes += batch.Likes;
    }

    /// <summary>Hands every written batch to the blog and the tags, oldest first; each applies a batch once.</summary>
    private async Task DeliverPendingAsync()
    {
        var delivered = false;
        var (blog, _) = Key;
        var tags = state.State.Content?.Tags ?? [];
        while (counters.State.Pending.Count > 0)
        {
            var batch = counters.State.Pending[0];
            await GrainFactory.GetGrain<IBlogGrain>(blog).ApplyRollup(batch);
            foreach (var tag in tags.Distinct(StringComparer.Ordinal))
            {
                await GrainFactory.GetGrain<ITagGrain>(TagKey.Of(blog, tag)).ApplyRollup(batch);
            }

            counters.State.Pending.RemoveAt(0);
            delivered = true;
        }

        if (delivered)
        {
            await counters.WriteStateAsync();
        }
    }

    private async Task RevalidateAsync()
    {
        if (options.Value.RevalidationWindow is { } window && await state.RefreshIfStaleAsync(window))
        {
            _zone = null;
        }
    }

    private TimeZoneInfo Zone(PostContent content) =>
        _zone ??= TimeZoneInfo.TryFindSystemTimeZoneById(content.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    private PostDocument Document(PostContent content)
    {
        var now = time.GetUtcNow();
        var status = content.IsDraft ? PostStatus.Draft : content.Date > now ? PostStatus.Scheduled : PostStatus.Published;
        return new PostDocument(
            Key.Blog, Key.Id, content, state.State.Revision, status, state.State.CreatedAt, state.State.UpdatedAt,
            counters.State.Views + _unflushedViewTotal, counters.State.Likes + _unflushedLikes);
    }
}
