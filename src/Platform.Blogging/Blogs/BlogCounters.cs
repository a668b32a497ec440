using Platform.Blogging.Counters;
using Platform.Blogging.Partitions;

namespace Platform.Blogging.Blogs;

/// <summary>
/// A blog's rolled-up counters over their stored partitions (layout 3). A roll-up writes the post's counter
/// partition (its totals, the batch's sequence and the batch's days, pending), then folds the pending days into
/// their month rows, each recording the partition sequence it folded; a crash between the two is finished at the
/// next load. Every write is bounded by a partition or a month, whatever the blog's size.
/// </summary>
internal sealed class BlogCounters
{
    private readonly string _blog;
    private readonly IPersistentState<BlogStatsState> _summary;
    private readonly PartitionStore<StatsBucketState> _partitionStore;
    private readonly PartitionStore<MonthViewsState> _monthStore;
    private readonly Dictionary<int, PartitionRow<StatsBucketState>> _partitions = [];
    private readonly Dictionary<string, PartitionRow<MonthViewsState>> _months = new(StringComparer.Ordinal);
    private PartitionSet _occupied = new(BlogLayout.StatsPartitions);

    private BlogCounters(string blog, IPersistentState<BlogStatsState> summary, PartitionStore<StatsBucketState> partitions, PartitionStore<MonthViewsState> months)
    {
        _blog = blog;
        _summary = summary;
        _partitionStore = partitions;
        _monthStore = months;
    }

    /// <summary>Reads the counters, moving a layout-2 state into partitions first and finishing any interrupted fold.</summary>
    public static async Task<BlogCounters> LoadAsync(
        string blog, IPersistentState<BlogStatsState> summary, PartitionStore<StatsBucketState> partitions, PartitionStore<MonthViewsState> months)
    {
        var counters = new BlogCounters(blog, summary, partitions, months);
        if (summary.State.Layout < BlogLayout.Partitioned)
        {
            await counters.MigrateAsync();
        }
        else
        {
            await counters.ReadAsync();
        }

        return counters;
    }

    /// <summary>The total views of every post.</summary>
    public long TotalViews => _months.Values.Sum(m => m.State.Days.Values.Sum());

    /// <summary>Views on one day (<c>yyyy-MM-dd</c>).</summary>
    public long ViewsOn(string day) =>
        _months.TryGetValue(day[..7], out var month) ? month.State.Days.GetValueOrDefault(day) : 0;

    /// <summary>Every post's totals.</summary>
    public IEnumerable<(string PostId, PostTally Tally)> Posts =>
        _partitions.Values.SelectMany(p => p.State.Posts.Select(x => (x.Key, x.Value)));

    /// <summary>A post's totals, if it has any.</summary>
    public PostTally? Of(string postId) =>
        _partitions.TryGetValue(BlogLayout.StatsPartitionOf(postId), out var row) ? row.State.Posts.GetValueOrDefault(postId) : null;

    /// <summary>Applies a post's roll-up once.</summary>
    public async Task ApplyAsync(RollupBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var partition = BlogLayout.StatsPartitionOf(batch.PostId);
        if (_partitions.TryGetValue(partition, out var existing)
            && existing.State.Posts.TryGetValue(batch.PostId, out var seen) && batch.Sequence <= seen.Applied)
        {
            return;
        }

        var row = await PartitionAsync(partition);
        var tally = row.State.Posts.TryGetValue(batch.PostId, out var t) ? t : row.State.Posts[batch.PostId] = new PostTally();
        tally.Views += batch.Views;
        tally.Likes += batch.Likes;
        tally.Applied = batch.Sequence;
        foreach (var (day, views) in batch.DailyViews)
        {
            row.State.PendingDays[day] = row.State.PendingDays.GetValueOrDefault(day) + views;
        }

        row.State.Sequence++;
        await _partitionStore.WriteAsync(row);
        await FoldAsync(partition, row);
    }

    private async Task ReadAsync()
    {
        _occupied = PartitionSet.Parse(_summary.State.Partitions, BlogLayout.StatsPartitions);
        var numbers = _occupied.Members().ToArray();
        var rows = await _partitionStore.ReadAllAsync(_blog + "/", [.. numbers.Select(n => BlogLayout.PartitionKey(_blog, n))]);
        foreach (var row in rows)
        {
            _partitions[BlogLayout.ParsePartition(row.Key)] = row;
        }

        var monthRows = await _monthStore.ReadManyAsync([.. _summary.State.Months.Select(m => BlogLayout.MonthKey(_blog, m))]);
        for (var i = 0; i < monthRows.Count; i++)
        {
            _months[_summary.State.Months[i]] = monthRows[i];
        }

        foreach (var (number, row) in _partitions.Where(p => p.Value.State.PendingDays.Count > 0).ToArray())
        {
            await FoldAsync(number, row);
        }
    }

    /// <summary>Adds a partition's pending days to their months (skipping months that already have them), then forgets them.</summary>
    private async Task FoldAsync(int partition, PartitionRow<StatsBucketState> row)
    {
        var sequence = row.State.Sequence;
        foreach (var byMonth in row.State.PendingDays.GroupBy(d => d.Key[..7], StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var month = await MonthAsync(byMonth.Key);
            if (month.State.Folded.GetValueOrDefault(partition) >= sequence)
            {
                continue;
            }

            foreach (var (day, views) in byMonth)
            {
                month.State.Days[day] = month.State.Days.GetValueOrDefault(day) + views;
            }

            month.State.Folded[partition] = sequence;
            await _monthStore.WriteAsync(month);
        }

        // Kept in memory only: the next write of the partition stores it empty, and until then the months'
        // records say these days are in.
        row.State.PendingDays.Clear();
    }

    private async Task<PartitionRow<StatsBucketState>> PartitionAsync(int partition)
    {
        if (_partitions.TryGetValue(partition, out var row))
        {
            return row;
        }

        if (_occupied.Add(partition))
        {
            // Recorded before the partition is first written, so a load always finds it.
            _summary.State.Partitions = _occupied.ToString();
            await _summary.WriteStateAsync();
        }

        row = await _partitionStore.ReadAsync(BlogLayout.PartitionKey(_blog, partition));
        _partitions[partition] = row;
        return row;
    }

    private async Task<PartitionRow<MonthViewsState>> MonthAsync(string month)
    {
        if (_months.TryGetValue(month, out var row))
        {
            return row;
        }

        if (!_summary.State.Months.Contains(month, StringComparer.Ordinal))
        {
            _summary.State.Months.Add(month);
            await _summary.WriteStateAsync();
        }

        row = await _monthStore.ReadAsync(BlogLayout.MonthKey(_blog, month));
        _months[month] = row;
        return row;
    }

    /// <summary>
    /// Moves layout-2 counters (one state with every day and post) into partitions and months. The old maps stay
    /// until every row is written and the summary records layout 3, so a crash midway starts over from them.
    /// </summary>
    private async Task MigrateAsync()
    {
        var legacy = _summary.State;
        var posts = legacy.PostViews.Keys.Union(legacy.PostLikes.Keys).Union(legacy.AppliedBatches.Keys);
        foreach (var byPartition in posts.GroupBy(BlogLayout.StatsPartitionOf))
        {
            _occupied.Add(byPartition.Key);
            var row = await _partitionStore.ReadAsync(BlogLayout.PartitionKey(_blog, byPartition.Key));
            row.State.Posts.Clear();
            row.State.PendingDays.Clear();
            foreach (var id in byPartition)
            {
                row.State.Posts[id] = new PostTally
                {
                    Views = legacy.PostViews.GetValueOrDefault(id),
                    Likes = legacy.PostLikes.GetValueOrDefault(id),
                    Applied = legacy.AppliedBatches.GetValueOrDefault(id),
                };
            }

            row.State.Sequence++;
            await _partitionStore.WriteAsync(row);
            _partitions[byPartition.Key] = row;
        }

        var months = new List<string>();
        foreach (var byMonth in legacy.DailyViews.GroupBy(d => d.Key[..7], StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var row = await _monthStore.ReadAsync(BlogLayout.MonthKey(_blog, byMonth.Key));
            row.State.Days = byMonth.ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
            row.State.Folded.Clear();
            await _monthStore.WriteAsync(row);
            _months[byMonth.Key] = row;
            months.Add(byMonth.Key);
        }

        _summary.State = new BlogStatsState
        {
            Layout = BlogLayout.Partitioned,
            Partitions = _occupied.ToString(),
            Months = months,
        };
        await _summary.WriteStateAsync();
    }
}
