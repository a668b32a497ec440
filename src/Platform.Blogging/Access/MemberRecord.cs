namespace Platform.Blogging.Access;

/// <summary>A member of a blog: a user account with one of the roles.</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.MemberRecord")]
public sealed record MemberRecord
{
    /// <summary>The user's id.</summary>
    [Id(0)]
    public required string UserId { get; init; }

    /// <summary>The user's email when they joined (for the members list).</summary>
    [Id(1)]
    public required string Email { get; init; }

    /// <summary>The user's name when they joined.</summary>
    [Id(2)]
    public required string DisplayName { get; init; }

    /// <summary>What the member may do.</summary>
    [Id(3)]
    public required TokenRole Role { get; init; }

    /// <summary>When they joined.</summary>
    [Id(4)]
    public required DateTimeOffset JoinedAt { get; init; }
}
