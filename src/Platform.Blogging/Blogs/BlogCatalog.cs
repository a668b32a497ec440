using Platform.Blogging.Content;
using Platform.Blogging.Errors;
using Platform.Blogging.Partitions;
using Platform.Blogging.Posts;

namespace Platform.Blogging.Blogs;

/// <summary>
/// A blog's post index in memory, over its stored partitions: every entry by id, and the lookups a save needs
/// (slugs, permalinks, former permalinks, source names) kept up to date change by change, so checking and committing
/// an entry costs the same at 10 posts and at 100,000. Each change names the one partition to write. The slug and
/// permalink lookups are built at the first save, not at activation: readers never need them.
/// </summary>
internal sealed class BlogCatalog
{
    private readonly Dictionary<int, PartitionRow<IndexBucketState>> _rows = [];
    private readonly Dictionary<string, PostEntry> _posts;
    private Dictionary<string, string>? _slugs;
    private Dictionary<string, string>? _permalinks;
    private readonly Dictionary<string, string> _redirects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sources = new(StringComparer.Ordinal);
    private readonly HashSet<string> _scheduled = new(StringComparer.Ordinal);

    /// <summary>Builds the catalog from stored partitions; where two disagree (a crash between writes), the later-written wins.</summary>
    public BlogCatalog(IReadOnlyCollection<PartitionRow<IndexBucketState>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _posts = new Dictionary<string, PostEntry>(rows.Sum(r => r.State.Posts.Count), StringComparer.Ordinal);
        foreach (var row in rows.OrderBy(r => r.State.Version))
        {
            _rows[BlogLayout.ParsePartition(row.Key)] = row;
            foreach (var entry in row.State.Posts.Values)
            {
                Index(entry);
            }

            foreach (var (key, id) in row.State.Redirects)
            {
                _redirects[key] = id;
            }

            foreach (var (source, id) in row.State.Sources)
            {
                _sources[source] = id;
            }
        }
    }

    /// <summary>Every entry by id.</summary>
    public IReadOnlyDictionary<string, PostEntry> Posts => _posts;

    /// <summary>Former permalinks and the post that had them.</summary>
    public IReadOnlyDictionary<string, string> Redirects => _redirects;

    /// <summary>The entries whose status is scheduled (they become public at their date).</summary>
    public IEnumerable<PostEntry> Scheduled => _scheduled.Select(id => _posts[id]);

    /// <summary>The partitions that hold data.</summary>
    public IEnumerable<int> Partitions => _rows.Keys;

    /// <summary>The stored row of a partition (null if it was never written).</summary>
    public PartitionRow<IndexBucketState>? Row(int partition) => _rows.GetValueOrDefault(partition);

    /// <summary>Adopts a partition row about to be written for the first time.</summary>
    public void AddRow(int partition, PartitionRow<IndexBucketState> row) => _rows[partition] = row;

    /// <summary>The post imported from a Jekyll source name, if it still exists.</summary>
    public string? FindBySource(string sourceName) =>
        _sources.TryGetValue(sourceName, out var id) && _posts.ContainsKey(id) ? id : null;

    /// <summary>The entry a request would store: its slug made unique unless the author chose it, and its permalink.</summary>
    public PostEntry Resolve(PostEntryRequest request, BlogSettings settings)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(settings);
        var candidate = request.Candidate;
        var pattern = request.ExplicitPermalink ?? settings.PermalinkPattern;
        var (slugs, permalinks) = Lookups();

        string PermalinkFor(string slug) =>
            PermalinkBuilder.Build(pattern, new PermalinkValues(slug, candidate.Date, candidate.Categories)).Path;

        string? HolderOf(string slug) =>
            slugs.TryGetValue(slug, out var bySlug) && bySlug != candidate.Id ? bySlug
            : permalinks.TryGetValue(BlogSnapshot.PermalinkKey(PermalinkFor(slug)), out var byLink) && byLink != candidate.Id ? byLink
            : null;

        var slug = candidate.Slug;
        if (HolderOf(slug) is { } holder)
        {
            if (request.ExplicitSlug || request.ExplicitPermalink is not null)
            {
                var slugTaken = slugs.TryGetValue(slug, out var slugHolder) && slugHolder != candidate.Id;
                throw new SlugConflictException(slugTaken ? slug : PermalinkFor(slug), holder);
            }

            slug = SlugGenerator.MakeUnique(slug, s => HolderOf(s) is not null);
        }

        var path = PermalinkFor(slug);
        if (ReservedPaths.Collides(path))
        {
            throw new InvalidInputException("permalink", $"The permalink '{path}' is taken by the platform's own pages (/tags/, /feed.xml, ...).", InputReasons.PermalinkReserved);
        }

        return candidate with { Slug = slug, Permalink = path };
    }

    /// <summary>
    /// Stores an entry in memory (keeping its former permalink as a redirect, and adding the paths of its
    /// <c>redirect_from</c> that no other post holds); returns its partition, to be written.
    /// </summary>
    public int Commit(PostEntry entry, string? sourceName, IReadOnlyList<string>? redirectFrom = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var partition = BlogLayout.IndexPartitionOf(entry.Id);
        var row = _rows[partition].State;
        if (_posts.TryGetValue(entry.Id, out var previous))
        {
            Unindex(previous);
            var oldKey = BlogSnapshot.PermalinkKey(previous.Permalink);
            if (oldKey != BlogSnapshot.PermalinkKey(entry.Permalink))
            {
                _redirects[oldKey] = entry.Id;
                row.Redirects[oldKey] = entry.Id;
            }
        }

        var newKey = BlogSnapshot.PermalinkKey(entry.Permalink);
        if (_redirects.Remove(newKey, out var formerHolder) && BlogLayout.IndexPartitionOf(formerHolder) == partition)
        {
            row.Redirects.Remove(newKey);
        }

        Index(entry);
        row.Posts[entry.Id] = entry;
        var permalinks = redirectFrom is { Count: > 0 } ? Lookups().Permalinks : null;
        foreach (var path in redirectFrom ?? [])
        {
            var key = BlogSnapshot.PermalinkKey(path);
            var heldByOther = _redirects.TryGetValue(key, out var holder) && holder != entry.Id && _posts.ContainsKey(holder);
            var isPermalink = permalinks!.ContainsKey(key);
            if (!heldByOther && !isPermalink)
            {
                _redirects[key] = entry.Id;
                row.Redirects[key] = entry.Id;
            }
        }

        if (sourceName is not null)
        {
            _sources[sourceName] = entry.Id;
            row.Sources[sourceName] = entry.Id;
        }

        Scrub(row);
        return partition;
    }

    /// <summary>Removes an entry with its redirects and source names; returns its partition, or null if there was none.</summary>
    public int? Remove(string postId)
    {
        if (!_posts.TryGetValue(postId, out var previous))
        {
            return null;
        }

        Unindex(previous);
        var partition = BlogLayout.IndexPartitionOf(postId);
        var row = _rows[partition].State;
        row.Posts.Remove(postId);
        foreach (var key in row.Redirects.Where(r => r.Value == postId).Select(r => r.Key).ToArray())
        {
            row.Redirects.Remove(key);
            if (_redirects.TryGetValue(key, out var holder) && holder == postId)
            {
                _redirects.Remove(key);
            }
        }

        foreach (var source in row.Sources.Where(s => s.Value == postId).Select(s => s.Key).ToArray())
        {
            row.Sources.Remove(source);
            if (_sources.TryGetValue(source, out var holder) && holder == postId)
            {
                _sources.Remove(source);
            }
        }

        return partition;
    }

    /// <summary>Slug and permalink lookups, built from the entries the first time a save needs them.</summary>
    private (Dictionary<string, string> Slugs, Dictionary<string, string> Permalinks) Lookups()
    {
        if (_slugs is null || _permalinks is null)
        {
            var slugs = new Dictionary<string, string>(_posts.Count, StringComparer.Ordinal);
            var permalinks = new Dictionary<string, string>(_posts.Count, StringComparer.Ordinal);
            foreach (var entry in _posts.Values)
            {
                slugs[entry.Slug] = entry.Id;
                permalinks[BlogSnapshot.PermalinkKey(entry.Permalink)] = entry.Id;
            }

            (_slugs, _permalinks) = (slugs, permalinks);
        }

        return (_slugs, _permalinks);
    }

    private void Index(PostEntry entry)
    {
        _posts[entry.Id] = entry;
        if (_slugs is not null && _permalinks is not null)
        {
            _slugs[entry.Slug] = entry.Id;
            _permalinks[BlogSnapshot.PermalinkKey(entry.Permalink)] = entry.Id;
        }

        if (entry.Status == PostStatus.Scheduled)
        {
            _scheduled.Add(entry.Id);
        }
    }

    private void Unindex(PostEntry entry)
    {
        _posts.Remove(entry.Id);
        if (_slugs is not null && _slugs.TryGetValue(entry.Slug, out var slugHolder) && slugHolder == entry.Id)
        {
            _slugs.Remove(entry.Slug);
        }

        var key = BlogSnapshot.PermalinkKey(entry.Permalink);
        if (_permalinks is not null && _permalinks.TryGetValue(key, out var linkHolder) && linkHolder == entry.Id)
        {
            _permalinks.Remove(key);
        }

        _scheduled.Remove(entry.Id);
    }

    /// <summary>Drops from a row the redirects and sources another post has taken over since (they are stale there).</summary>
    private void Scrub(IndexBucketState row)
    {
        foreach (var key in row.Redirects.Where(r => !_redirects.TryGetValue(r.Key, out var holder) || holder != r.Value).Select(r => r.Key).ToArray())
        {
            row.Redirects.Remove(key);
        }

        foreach (var source in row.Sources.Where(s => !_sources.TryGetValue(s.Key, out var holder) || holder != s.Value).Select(s => s.Key).ToArray())
        {
            row.Sources.Remove(source);
        }
    }
}
