namespace Platform.Blogging.Errors;

/// <summary>The post changed since the writer read it (optimistic concurrency).</summary>
[GenerateSerializer]
[Alias("platform.RevisionMismatchException")]
public sealed class RevisionMismatchException(string postId, long expected, long actual)
    : BloggingException("revision-mismatch", $"Post '{postId}' is at revision {actual}, not {expected}: it changed since you read it. Read it again and reapply your change.")
{
    /// <summary>The revision the writer held.</summary>
    [Id(0)]
    public long Expected { get; } = expected;

    /// <summary>The post's current revision.</summary>
    [Id(1)]
    public long Actual { get; } = actual;
}
