namespace Platform.Blogging.Revisions;

/// <summary>One kept revision of a post, without its source: what the history lists.</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.PostRevisionInfo")]
public sealed record PostRevisionInfo
{
    /// <summary>The revision's number: 1 for a post's first, one more for each new revision; never reused.</summary>
    [Id(0)]
    public long Number { get; init; }

    /// <summary>When the revision was last written (a coalesced save moves it on).</summary>
    [Id(1)]
    public DateTimeOffset At { get; init; }

    /// <summary>When the revision was first written: saves coalesce into it for <see cref="PostRevisionsGrain.CoalesceWindow"/> from here.</summary>
    [Id(2)]
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>Who wrote it: the saver's owner id (an access token's id), or null when unknown.</summary>
    [Id(3)]
    public string? By { get; init; }

    /// <summary>Why it was recorded.</summary>
    [Id(4)]
    public RevisionReason Reason { get; init; }

    /// <summary>The post's title in this revision.</summary>
    [Id(5)]
    public string Title { get; init; } = "";

    /// <summary>The post's version (its ETag's number) this revision's content was stored as.</summary>
    [Id(6)]
    public long PostVersion { get; init; }

    /// <summary>Size of the source in UTF-16 characters.</summary>
    [Id(7)]
    public int Length { get; init; }

    /// <summary>A digest of the source (SHA-256, hex): an unchanged save records nothing.</summary>
    [Id(8)]
    public string Digest { get; init; } = "";

    /// <summary>The number of the revision this one restored, for <see cref="RevisionReason.Restore"/>.</summary>
    [Id(9)]
    public long? RestoredFrom { get; init; }
}
