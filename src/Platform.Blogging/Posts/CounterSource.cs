namespace Platform.Blogging.Posts;

/// <summary>The last <see cref="Counters.CounterBatch"/> a post applied from one source, and when.</summary>
[GenerateSerializer]
[Alias("platform.CounterSource")]
public sealed record CounterSource
{
    /// <summary>The sequence number of the last batch applied.</summary>
    [Id(0)]
    public long Sequence { get; init; }

    /// <summary>When it was applied; sources silent for a day are forgotten.</summary>
    [Id(1)]
    public DateTimeOffset At { get; init; }
}
