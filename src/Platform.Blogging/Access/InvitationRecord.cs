namespace Platform.Blogging.Access;

/// <summary>An invitation to a blog: only the SHA-256 digest of its link token is stored.</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.InvitationRecord")]
public sealed record InvitationRecord
{
    /// <summary>The invitation's id (public: it names the invitation in lists and revocations).</summary>
    [Id(0)]
    public required string Id { get; init; }

    /// <summary>The address invited; null for a link anyone holding it may accept (the first owner's).</summary>
    [Id(1)]
    public string? Email { get; init; }

    /// <summary>The role the invitee gets.</summary>
    [Id(2)]
    public required TokenRole Role { get; init; }

    /// <summary>SHA-256 of the link token, lower-case hex.</summary>
    [Id(3)]
    public required string Hash { get; init; }

    /// <summary>Who invited: a user id, or <c>admin</c>.</summary>
    [Id(4)]
    public required string InvitedBy { get; init; }

    /// <summary>When it was made.</summary>
    [Id(5)]
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the link stops working.</summary>
    [Id(6)]
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>When it was accepted (links work once).</summary>
    [Id(7)]
    public DateTimeOffset? AcceptedAt { get; init; }

    /// <summary>Who accepted it.</summary>
    [Id(8)]
    public string? AcceptedBy { get; init; }

    /// <summary>When it was withdrawn.</summary>
    [Id(9)]
    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>Whether the link still works at <paramref name="now"/>.</summary>
    public bool IsLive(DateTimeOffset now) => AcceptedAt is null && RevokedAt is null && ExpiresAt > now;
}
