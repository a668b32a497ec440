namespace Platform.Blogging.Tags;

/// <summary>A tag's stored state.</summary>
public sealed class TagState
{
    /// <summary>Every post carrying the tag (drafts and scheduled ones too), by post id.</summary>
    public Dictionary<string, TagPostRef> Posts { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Views rolled up from the tag's posts.</summary>
    public long Views { get; set; }

    /// <summary>The last roll-up batch applied per post.</summary>
    public Dictionary<string, long> AppliedBatches { get; set; } = new(StringComparer.Ordinal);
}
