namespace Platform.Blogging.Access;

/// <summary>A member as lists show it.</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.MemberInfo")]
public sealed record MemberInfo(
    [property: Id(0)] string UserId,
    [property: Id(1)] string Email,
    [property: Id(2)] string DisplayName,
    [property: Id(3)] TokenRole Role,
    [property: Id(4)] DateTimeOffset JoinedAt)
{
    /// <summary>The public view of a stored record.</summary>
    public static MemberInfo From(MemberRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new MemberInfo(record.UserId, record.Email, record.DisplayName, record.Role, record.JoinedAt);
    }
}
