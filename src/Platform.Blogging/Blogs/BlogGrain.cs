using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Storage;
using Platform.Blogging.Content;
using Platform.Blogging.Counters;
using Platform.Blogging.Registry;
using Platform.Blogging.Errors;
using Platform.Blogging.Hosting;
using Platform.Blogging.Partitions;
using Platform.Blogging.Posts;

namespace Platform.Blogging.Blogs;

/// <summary>
/// The blog grain. Its own state holds settings and version; the post index lives in index partitions and the
/// counters in counter partitions and month rows (layout 3, <c>docs/state-layout.md</c>), so a save, a publication
/// or a roll-up writes one bounded row, whatever the blog's size. A blog stored by an earlier layout is moved into
/// partitions when it first activates. Its grain type name, <c>blog</c>, is part of every stored row's key: it never
/// changes.
/// </summary>
[GrainType("blog")]
internal sealed class BlogGrain(
    [PersistentState("blog", BloggingStorage.Name)] IPersistentState<BlogState> state,
    [PersistentState("blogstats", BloggingStorage.Name)] IPersistentState<BlogStatsState> stats,
    TimeProvider time) : Grain, IBlogGrain
{
    private BlogCatalog _catalog = new([]);
    private PartitionSet _occupied = new(BlogLayout.IndexPartitions);
    private PartitionStore<IndexBucketState>? _indexStore;
    private Task<BlogCounters>? _counters;
    private BlogIndex? _index;
    private long _version;

    private string Name => this.GetPrimaryKeyString();

    private PartitionStore<IndexBucketState> IndexStore => _indexStore ??=
        new(Storage, Scanner, "index", BlogLayout.IndexGrainType);

    private IGrainStateScanner? Scanner => ServiceProvider.GetService<IGrainStateScanner>();

    private IGrainStorage Storage => ServiceProvider.GetRequiredKeyedService<IGrainStorage>(BloggingStorage.Name);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _version = state.State.Version;
        if (state.State.Settings is null)
        {
            return;
        }

        if (state.State.Layout < BlogLayout.Partitioned)
        {
            await MigrateIndexAsync();
            return;
        }

        _occupied = PartitionSet.Parse(state.State.Partitions, BlogLayout.IndexPartitions);
        var numbers = _occupied.Members().ToArray();
        var rows = await IndexStore.ReadAllAsync(Name + "/", [.. numbers.Select(n => BlogLayout.PartitionKey(Name, n))]);
        _catalog = new BlogCatalog(rows);
        _version = Math.Max(_version, rows.Count == 0 ? 0 : rows.Max(r => r.State.Version));
    }

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
        await BlogDirectory.RegisterAsync(GrainFactory, Name, [], valid.CustomDomains);
        state.State.Settings = valid;
        state.State.Layout = BlogLayout.Partitioned;
        state.State.Version = ++_version;
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

        if (_version == knownVersion)
        {
            return Task.FromResult(new BlogRead(_version, null));
        }

        _index ??= new BlogIndex(
            settings,
            _version,
            _catalog.Posts.Values.ToArray(),
            new Dictionary<string, string>(_catalog.Redirects, StringComparer.Ordinal));
        return Task.FromResult(new BlogRead(_version, _index));
    }

    public Task<BlogSettings?> GetSettings() => Task.FromResult(state.State.Settings);

    public Task<PostEntry?> GetEntry(string postId) => Task.FromResult(_catalog.Posts.GetValueOrDefault(postId));

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
            MarkdownDialect = update.MarkdownDialect ?? current.MarkdownDialect,
            ExcerptSeparator = update.ExcerptSeparator is null ? current.ExcerptSeparator : update.ExcerptSeparator.Length == 0 ? null : update.ExcerptSeparator,
            Navigation = update.Navigation ?? current.Navigation,
        });
        if (!next.CustomDomains.SequenceEqual(current.CustomDomains, StringComparer.Ordinal))
        {
            await BlogDirectory.RegisterAsync(GrainFactory, Name, current.CustomDomains, next.CustomDomains);
        }

        state.State.Settings = next;
        state.State.Version = ++_version;
        await state.WriteStateAsync();
        _index = null;
        return next;
    }

    public Task<PostEntry> PrepareEntry(PostEntryRequest request) => Task.FromResult(_catalog.Resolve(request, RequireSettings()));

    public async Task<PostEntry> CommitEntry(PostEntryRequest request)
    {
        var entry = _catalog.Resolve(request, RequireSettings());
        var partition = BlogLayout.IndexPartitionOf(entry.Id);
        await EnsurePartitionAsync(partition);
        _catalog.Commit(entry, request.SourceName, request.RedirectFrom);
        await WritePartitionAsync(partition);
        await ReportNextPublicationAsync();
        return entry;
    }

    public async Task RemoveEntry(string postId)
    {
        if (_catalog.Remove(postId) is not { } partition)
        {
            return;
        }

        await WritePartitionAsync(partition);
        await ReportNextPublicationAsync();
    }

    public Task<string?> FindBySource(string sourceName) => Task.FromResult(_catalog.FindBySource(sourceName));

    public async Task ApplyRollup(RollupBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var counters = await CountersAsync();
        await counters.ApplyAsync(batch);
    }

    public async Task<BlogAnalytics> GetAnalytics(DateOnly first, DateOnly last, int top)
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

        var counters = await CountersAsync();
        var days = new List<DailyViews>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            days.Add(new DailyViews(day, counters.ViewsOn(DayKey.Format(day))));
        }

        var posts = _catalog.Posts;
        var topPosts = counters.Posts
            .Where(p => posts.ContainsKey(p.PostId))
            .OrderByDescending(p => p.Tally.Views).ThenBy(p => p.PostId, StringComparer.Ordinal)
            .Take(Math.Clamp(top, 0, 100))
            .Select(p =>
            {
                var entry = posts[p.PostId];
                return new PostViews(p.PostId, entry.Title, entry.Permalink, p.Tally.Views, p.Tally.Likes);
            })
            .ToArray();
        return new BlogAnalytics(days, counters.TotalViews, topPosts);
    }

    public async Task<long> GetTagViews(string tag)
    {
        RequireSettings();
        var counters = await CountersAsync();
        return _catalog.Posts.Values
            .Where(p => p.Tags.Contains(tag, StringComparer.Ordinal))
            .Sum(p => counters.Of(p.Id)?.Views ?? 0);
    }

    public async Task<int> PublishDue()
    {
        if (state.State.Settings is null)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var due = _catalog.Scheduled.Where(p => p.Date <= now).ToArray();
        var touched = new SortedSet<int>();
        foreach (var post in due)
        {
            touched.Add(_catalog.Commit(post with { Status = PostStatus.Published }, sourceName: null));
        }

        await WritePartitionsAsync(touched);
        await ReportNextPublicationAsync();
        return due.Length;
    }

    private BlogSettings RequireSettings() => state.State.Settings ?? throw new BlogNotFoundException(Name);

    private Task<BlogCounters> CountersAsync()
    {
        var load = _counters ??= BlogCounters.LoadAsync(
            Name,
            stats,
            new PartitionStore<StatsBucketState>(Storage, Scanner, "stats", BlogLayout.StatsGrainType),
            new PartitionStore<MonthViewsState>(Storage, Scanner, "days", BlogLayout.DaysGrainType));
        if (load.IsFaulted || load.IsCanceled)
        {
            _counters = null;
        }

        return load;
    }

    /// <summary>Makes sure a partition has a row, recording it in the blog's own state before its first write.</summary>
    private async Task EnsurePartitionAsync(int partition)
    {
        if (_catalog.Row(partition) is not null)
        {
            return;
        }

        if (_occupied.Add(partition))
        {
            state.State.Partitions = _occupied.ToString();
            state.State.Version = _version;
            await state.WriteStateAsync();
        }

        _catalog.AddRow(partition, await IndexStore.ReadAsync(BlogLayout.PartitionKey(Name, partition)));
    }

    private async Task WritePartitionsAsync(IEnumerable<int> partitions)
    {
        foreach (var partition in partitions)
        {
            await WritePartitionAsync(partition);
        }
    }

    /// <summary>Moves the version on and writes one partition with it (the version is the highest any row holds).</summary>
    private async Task WritePartitionAsync(int partition)
    {
        var row = _catalog.Row(partition) ?? throw new InvalidOperationException($"Index partition {partition} of '{Name}' has no row.");
        row.State.Version = ++_version;
        _index = null;
        await IndexStore.WriteAsync(row);
    }

    /// <summary>
    /// Moves a layout-2 index (every entry in the blog's own state) into partitions. The old maps stay until every
    /// partition is written and the blog's state records layout 3, so a crash midway starts over from them.
    /// </summary>
    private async Task MigrateIndexAsync()
    {
        var legacy = state.State;
        var rows = new List<PartitionRow<IndexBucketState>>();
        foreach (var byPartition in legacy.Posts.Values.GroupBy(p => BlogLayout.IndexPartitionOf(p.Id)).OrderBy(g => g.Key))
        {
            var row = await IndexStore.ReadAsync(BlogLayout.PartitionKey(Name, byPartition.Key));
            var ids = byPartition.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            row.State.Posts = byPartition.ToDictionary(p => p.Id, StringComparer.Ordinal);
            row.State.Redirects = legacy.Redirects.Where(r => ids.Contains(r.Value)).ToDictionary(StringComparer.Ordinal);
            row.State.Sources = legacy.Sources.Where(r => ids.Contains(r.Value)).ToDictionary(StringComparer.Ordinal);
            row.State.Version = legacy.Version;
            await IndexStore.WriteAsync(row);
            _occupied.Add(byPartition.Key);
            rows.Add(row);
        }

        legacy.Posts.Clear();
        legacy.Redirects.Clear();
        legacy.Sources.Clear();
        legacy.Layout = BlogLayout.Partitioned;
        legacy.Partitions = _occupied.ToString();
        await state.WriteStateAsync();
        _catalog = new BlogCatalog(rows);
    }

    private Task ReportNextPublicationAsync()
    {
        var now = time.GetUtcNow();
        var scheduled = _catalog.Scheduled.Select(p => p.Date).ToArray();
        DateTimeOffset? next = scheduled.Length == 0 ? null
            : scheduled.Where(d => d > now).DefaultIfEmpty(scheduled.Min()).Min();
        return BlogDirectory.SetNextPublicationAsync(GrainFactory, Name, next);
    }
}
