namespace Platform.Blogging.Access;

/// <summary>A stored access token: never the secret, only its SHA-256 digest (lower-case hex).</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.AccessTokenRecord")]
public sealed record AccessTokenRecord
{
    /// <summary>The token's id (public: it names the token in lists, in revocations and as a post's owner).</summary>
    [Id(0)]
    public required string Id { get; init; }

    /// <summary>A label chosen by the owner, e.g. <c>ci</c> or <c>alice's editor</c>.</summary>
    [Id(1)]
    public required string Name { get; init; }

    /// <summary>What the token may do.</summary>
    [Id(2)]
    public required TokenRole Role { get; init; }

    /// <summary>SHA-256 of the whole token string, lower-case hex.</summary>
    [Id(3)]
    public required string Hash { get; init; }

    /// <summary>When the token was issued.</summary>
    [Id(4)]
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was revoked; a revoked token authenticates nothing.</summary>
    [Id(5)]
    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>For a personal token: the member it belongs to (its posts are attributed to that user). Null for a blog token.</summary>
    [Id(6)]
    public string? UserId { get; init; }
}
