using Platform.Blogging.Access;

namespace Platform.Gateway.Api.Tokens;

/// <summary>A token as lists show it: never its secret.</summary>
internal sealed record TokenResource(string Id, string Name, string Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public static TokenResource From(TokenInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new TokenResource(info.Id, info.Name, TokenRoles.Name(info.Role), info.CreatedAt, info.RevokedAt);
    }
}
