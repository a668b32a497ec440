using Platform.Blogging.Access;

namespace Platform.Gateway.Api.Tokens;

/// <summary>A token just issued, with its secret (<c>token</c>): shown once, never again.</summary>
internal sealed record IssuedTokenResource(string Id, string Name, string Role, DateTimeOffset CreatedAt, string Token)
{
    public static IssuedTokenResource From(IssuedToken issued)
    {
        ArgumentNullException.ThrowIfNull(issued);
        return new IssuedTokenResource(issued.Info.Id, issued.Info.Name, TokenRoles.Name(issued.Info.Role), issued.Info.CreatedAt, issued.Secret);
    }
}
