namespace Platform.Blogging.Access;

/// <summary>An invitation as lists show it: everything but the digest.</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.InvitationInfo")]
public sealed record InvitationInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string Blog,
    [property: Id(2)] string? Email,
    [property: Id(3)] TokenRole Role,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] DateTimeOffset ExpiresAt)
{
    /// <summary>The public view of a stored record.</summary>
    public static InvitationInfo From(string blog, InvitationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new InvitationInfo(record.Id, blog, record.Email, record.Role, record.CreatedAt, record.ExpiresAt);
    }
}
