namespace Platform.Blogging.Access;

/// <summary>A token as lists and authentication show it: everything but the digest.</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.TokenInfo")]
public sealed record TokenInfo(string Id, string Name, TokenRole Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, string? UserId = null)
{
    /// <summary>The id posts written with this token are attributed to: the member's owner id for a personal token, else the token's id.</summary>
    public string OwnerId => UserId is null ? Id : Accounts.AccountIds.OwnerId(UserId);

    /// <summary>The public view of a stored record.</summary>
    public static TokenInfo From(AccessTokenRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new TokenInfo(record.Id, record.Name, record.Role, record.CreatedAt, record.RevokedAt, record.UserId);
    }
}
