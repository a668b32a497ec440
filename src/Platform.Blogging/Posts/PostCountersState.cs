using Platform.Blogging.Counters;

namespace Platform.Blogging.Posts;

/// <summary>A post's stored counters (hot, small): totals as of the last flush and batches not yet rolled up.</summary>
public sealed class PostCountersState
{
    /// <summary>Views written so far.</summary>
    public long Views { get; set; }

    /// <summary>Likes written so far.</summary>
    public long Likes { get; set; }

    /// <summary>The sequence number of the last batch made.</summary>
    public long LastSequence { get; set; }

    /// <summary>Batches written here but not yet confirmed by the blog and the tags; re-sent until they are.</summary>
    public List<RollupBatch> Pending { get; set; } = [];
}
