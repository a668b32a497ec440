namespace Platform.Blogging.Tags;

/// <summary>A tag grain's stored state in layout 2, kept so old rows can still be read and checked; layout 3 has no tag grain.</summary>
[GenerateSerializer]
[Alias("platform.TagState")]
public sealed class TagState
{
    /// <summary>Every post carrying the tag (drafts and scheduled ones too), by post id.</summary>
    [Id(0)]
    public Dictionary<string, TagPostRef> Posts { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Views rolled up from the tag's posts.</summary>
    [Id(1)]
    public long Views { get; set; }

    /// <summary>The last roll-up batch applied per post.</summary>
    [Id(2)]
    public Dictionary<string, long> AppliedBatches { get; set; } = new(StringComparer.Ordinal);
}
