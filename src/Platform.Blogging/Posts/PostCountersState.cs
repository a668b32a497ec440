using Platform.Blogging.Counters;

namespace Platform.Blogging.Posts;

/// <summary>A post's stored counters (hot, small): totals as of the last flush and batches not yet rolled up.</summary>
[GenerateSerializer]
[Alias("platform.PostCountersState")]
public sealed class PostCountersState
{
    /// <summary>Views written so far.</summary>
    [Id(0)]
    public long Views { get; set; }

    /// <summary>Likes written so far.</summary>
    [Id(1)]
    public long Likes { get; set; }

    /// <summary>The sequence number of the last batch made.</summary>
    [Id(2)]
    public long LastSequence { get; set; }

    /// <summary>Batches written here but not yet confirmed by the blog; re-sent until they are.</summary>
    [Id(3)]
    public List<RollupBatch> Pending { get; set; } = [];

    /// <summary>The last batch applied per counting source (silo process): a retried batch is recognised and not counted twice.</summary>
    [Id(4)]
    public Dictionary<string, CounterSource> Sources { get; set; } = new(StringComparer.Ordinal);
}
