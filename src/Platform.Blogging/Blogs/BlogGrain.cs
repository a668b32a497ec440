using Orleans.Runtime;
using Platform.Blogging.Content;
using Platform.Blogging.Counters;
using Platform.Blogging.Registry;
using Platform.Blogging.Errors;
using Platform.Blogging.Hosting;
using Platform.Blogging.Posts;
using Platform.Blogging.Tags;

namespace Platform.Blogging.Blogs;

/// <summary>
/// The blog grain. Index and counters are two states: counters change often and are small. Its grain type name,
/// <c>blog</c>, is part of every stored row's key: it never changes.
/// </summary>
[GrainType("blog")]
internal sealed class BlogGrain(
    [PersistentState("blog", BloggingStorage.Name)] IPersistentState<BlogState> state,
    [PersistentState("blogstats", BloggingStorage.Name)] IPersistentState<BlogStatsState> stats,
    TimeProvider time) : Grain, IBlogGrain
{
    private BlogIndex? _index;

    private string Name => this.GetPrimaryKeyString();

    public async Task<BlogSettings> Create(BlogSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (state.State.Settings is not null)
        {
            throw new BlogAlreadyExistsException(Name);
        }

        if (!string.Equals(settings.Name, Name, StringComparison.Ordinal))
        {
            throw new InvalidInputException("name", $"The settings are for '{settings.Name}', not '{Name}'.");
        }

        var valid = BlogSettingsValidator.Validate(settings with { CreatedAt = time.GetUtcNow() });
        await GrainFactory.GetGrain<IBlogDirectoryGrain>(BlogDirectory.Key).Register(Name, valid.CustomDomains);
        state.State.Settings = valid;
        state.State.Version++;
        await state.WriteStateAsync();
        _index = null;
        return valid;
    }

    public Task<BlogRead> Read(long knownVersion)
    {
        if (state.State.Settings is not { } settings)
        {
            return Task.FromResult(new BlogRead(0, null));
        }

        var version = state.State.Version;
        if (version == knownVersion)
        {
            return Task.FromResult(new BlogRead(version, null));
        }

        _index ??= new BlogIndex(
            settings,
            version,
            state.State.Posts.Values.ToArray(),
            new Dictionary<string, string>(state.State.Redirects, StringComparer.Ordinal));
        return Task.FromResult(new BlogRead(version, _index));
    }

    public async Task<BlogSettings> UpdateSettings(BlogSettingsUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var current = RequireSettings();
        var next = BlogSettingsValidator.Validate(current with
        {
            Title = update.Title ?? current.Title,
            Description = update.Description ?? current.Description,
            Author = update.Author ?? current.Author,
            Locale = update.Locale ?? current.Locale,
            TimeZone = update.TimeZone ?? current.TimeZone,
            PermalinkPattern = update.PermalinkPattern ?? current.PermalinkPattern,
            CustomDomains = update.CustomDomains ?? current.CustomDomains,
            PostsPerPage = update.PostsPerPage ?? current.PostsPerPage,
        });
        if (!next.CustomDomains.SequenceEqual(current.CustomDomains, StringComparer.Ordinal))
        {
            await GrainFactory.GetGrain<IBlogDirectoryGrain>(BlogDirectory.Key).Register(Name, next.CustomDomains);
        }

        state.State.Settings = next;
        state.State.Version++;
        await state.WriteStateAsync();
        _index = null;
        return next;
    }

    public Task<PostEntry> PrepareEntry(PostEntryRequest request) => Task.FromResult(Resolve(request));

    public async Task<PostEntry> CommitEntry(PostEntryRequest request)
    {
        var entry = Resolve(request);
        state.State.Posts.TryGetValue(entry.Id, out var previous);
        var blogState = state.State;
        var oldKey = previous is null ? null : BlogSnapshot.PermalinkKey(previous.Permalink);
        var newKey = BlogSnapshot.PermalinkKey(entry.Permalink);
        if (oldKey is not null && oldKey != newKey)
        {
            blogState.Redirects[oldKey] = entry.Id;
        }

        blogState.Redirects.Remove(newKey);
        blogState.Posts[entry.Id] = entry;
        if (request.SourceName is { } source)
        {
            blogState.Sources[source] = entry.Id;
        }

        blogState.Version++;
        await state.WriteStateAsync();
        _index = null;
        await UpdateTagsAsync(previous, entry);
        await ReportNextPublicationAsync();
        return entry;
    }

    public async Task RemoveEntry(string postId)
    {
        if (!state.State.Posts.Remove(postId, out var previous))
        {
            return;
        }

        foreach (var redirect in state.State.Redirects.Where(r => r.Value == postId).Select(r => r.Key).ToArray())
        {
            state.State.Redirects.Remove(redirect);
        }

        foreach (var source in state.State.Sources.Where(s => s.Value == postId).Select(s => s.Key).ToArray())
        {
            state.State.Sources.Remove(source);
        }

        state.State.Version++;
        await state.WriteStateAsync();
        _index = null;
        await UpdateTagsAsync(previous, null);
        await ReportNextPublicationAsync();
    }

    public Task<string?> FindBySource(string sourceName) =>
        Task.FromResult(state.State.Sources.TryGetValue(sourceName, out var id) && state.State.Posts.ContainsKey(id) ? id : null);

    public async Task ApplyRollup(RollupBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var s = stats.State;
        if (s.AppliedBatches.TryGetValue(batch.PostId, out var last) && batch.Sequence <= last)
        {
            return;
        }

        foreach (var (day, views) in batch.DailyViews)
        {
            s.DailyViews[day] = s.DailyViews.GetValueOrDefault(day) + views;
        }

        s.PostViews[batch.PostId] = s.PostViews.GetValueOrDefault(batch.PostId) + batch.Views;
        if (batch.Likes != 0)
        {
            s.PostLikes[batch.PostId] = s.PostLikes.GetValueOrDefault(batch.PostId) + batch.Likes;
        }

        s.AppliedBatches[batch.PostId] = batch.Sequence;
        await stats.WriteStateAsync();
    }

    public Task<BlogAnalytics> GetAnalytics(DateOnly first, DateOnly last, int top)
    {
        RequireSettings();
        if (last < first)
        {
            throw new InvalidInputException("until", "The end of the range is before its start.");
        }

        if (last.DayNumber - first.DayNumber > 366)
        {
            throw new InvalidInputException("from", "A range covers at most 366 days.");
        }

        var days = new List<DailyViews>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            days.Add(new DailyViews(day, stats.State.DailyViews.GetValueOrDefault(DayKey.Format(day))));
        }

        var topPosts = stats.State.PostViews
            .Where(p => state.State.Posts.ContainsKey(p.Key))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(Math.Clamp(top, 0, 100))
            .Select(p =>
            {
                var entry = state.State.Posts[p.Key];
                return new PostViews(p.Key, entry.Title, entry.Permalink, p.Value, stats.State.PostLikes.GetValueOrDefault(p.Key));
            })
            .ToArray();
        return Task.FromResult(new BlogAnalytics(days, stats.State.PostViews.Values.Sum(), topPosts));
    }

    public async Task<int> PublishDue()
    {
        if (state.State.Settings is null)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var due = state.State.Posts.Values.Where(p => p.Status == PostStatus.Scheduled && p.Date <= now).ToArray();
        foreach (var post in due)
        {
            state.State.Posts[post.Id] = post with { Status = PostStatus.Published };
        }

        if (due.Length > 0)
        {
            state.State.Version++;
            await state.WriteStateAsync();
            _index = null;
        }

        await ReportNextPublicationAsync();
        return due.Length;
    }

    private BlogSettings RequireSettings() => state.State.Settings ?? throw new BlogNotFoundException(Name);

    private PostEntry Resolve(PostEntryRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = RequireSettings();
        var candidate = request.Candidate;
        var others = state.State.Posts.Values.Where(p => p.Id != candidate.Id).ToArray();
        var permalinks = others.ToDictionary(p => BlogSnapshot.PermalinkKey(p.Permalink), p => p.Id, StringComparer.Ordinal);
        var slugs = others.ToDictionary(p => p.Slug, p => p.Id, StringComparer.Ordinal);
        var pattern = request.ExplicitPermalink ?? settings.PermalinkPattern;

        string PermalinkFor(string slug) =>
            PermalinkBuilder.Build(pattern, new PermalinkValues(slug, candidate.Date, candidate.Categories)).Path;

        bool Taken(string slug) =>
            slugs.ContainsKey(slug) || permalinks.ContainsKey(BlogSnapshot.PermalinkKey(PermalinkFor(slug)));

        var slug = candidate.Slug;
        if (Taken(slug))
        {
            if (request.ExplicitSlug || request.ExplicitPermalink is not null)
            {
                var permalink = PermalinkFor(slug);
                var holder = slugs.GetValueOrDefault(slug) ?? permalinks[BlogSnapshot.PermalinkKey(permalink)];
                throw new SlugConflictException(slugs.ContainsKey(slug) ? slug : permalink, holder);
            }

            slug = SlugGenerator.MakeUnique(slug, Taken);
        }

        var path = PermalinkFor(slug);
        if (ReservedPaths.Collides(path))
        {
            throw new InvalidInputException("permalink", $"The permalink '{path}' is taken by the platform's own pages (/tags/, /feed.xml, ...).");
        }

        return candidate with { Slug = slug, Permalink = path };
    }

    private async Task UpdateTagsAsync(PostEntry? previous, PostEntry? current)
    {
        var before = previous?.Tags ?? [];
        var after = current?.Tags ?? [];
        foreach (var removed in before.Except(after, StringComparer.Ordinal))
        {
            await GrainFactory.GetGrain<ITagGrain>(TagKey.Of(Name, removed)).Remove(previous!.Id);
        }

        if (current is null)
        {
            return;
        }

        var reference = new TagPostRef(current.Id, current.Title, current.Permalink, current.Date, current.Status);
        foreach (var tag in after.Distinct(StringComparer.Ordinal))
        {
            await GrainFactory.GetGrain<ITagGrain>(TagKey.Of(Name, tag)).Upsert(reference);
        }
    }

    private Task ReportNextPublicationAsync()
    {
        var now = time.GetUtcNow();
        var next = state.State.Posts.Values.Where(p => p.Status == PostStatus.Scheduled && p.Date > now).Select(p => (DateTimeOffset?)p.Date).Min()
            ?? state.State.Posts.Values.Where(p => p.Status == PostStatus.Scheduled).Select(p => (DateTimeOffset?)p.Date).Min();
        return GrainFactory.GetGrain<IBlogDirectoryGrain>(BlogDirectory.Key).SetNextPublication(Name, next);
    }
}
