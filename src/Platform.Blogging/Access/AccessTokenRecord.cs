namespace Platform.Blogging.Access;

/// <summary>A stored access token: never the secret, only its SHA-256 digest (lower-case hex).</summary>
public sealed record AccessTokenRecord
{
    /// <summary>The token's id (public: it names the token in lists, in revocations and as a post's owner).</summary>
    public required string Id { get; init; }

    /// <summary>A label chosen by the owner, e.g. <c>ci</c> or <c>alice's editor</c>.</summary>
    public required string Name { get; init; }

    /// <summary>What the token may do.</summary>
    public required TokenRole Role { get; init; }

    /// <summary>SHA-256 of the whole token string, lower-case hex.</summary>
    public required string Hash { get; init; }

    /// <summary>When the token was issued.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was revoked; a revoked token authenticates nothing.</summary>
    public DateTimeOffset? RevokedAt { get; init; }
}
