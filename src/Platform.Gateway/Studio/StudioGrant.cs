using System.Security.Claims;
using Platform.Blogging.Access;
using Platform.Gateway.Api.Auth;

namespace Platform.Gateway.Studio;

/// <summary>
/// One blog a studio session may open: signed in with that blog's token (its id and role, never its secret). A
/// session holds one grant per blog; each request checks the token is still live.
/// </summary>
internal sealed record StudioGrant(string Blog, TokenRole Role, string TokenId)
{
    public const string ClaimType = "platform:grant";

    /// <summary>Owners and editors see analytics.</summary>
    public bool CanReadAnalytics => Role is TokenRole.Owner or TokenRole.Editor;

    /// <summary>The id that posts written in this session are attributed to (<c>PostContent.OwnerId</c>), as the API attributes them to a token.</summary>
    public string PostOwnerId => TokenId;

    /// <summary>The same rules as the author API: who may edit, publish and delete which posts.</summary>
    public BlogAccess ToAccess() => new(Blog, IsAdmin: false, Role, PostOwnerId);

    public Claim ToClaim() => new(ClaimType, string.Join('|', Blog, Role, TokenId));

    public static IReadOnlyList<StudioGrant> Read(ClaimsPrincipal? user)
    {
        var grants = new List<StudioGrant>();
        foreach (var claim in user?.FindAll(ClaimType) ?? [])
        {
            var parts = claim.Value.Split('|');
            if (parts.Length == 3 && Enum.TryParse<TokenRole>(parts[1], out var role))
            {
                grants.Add(new StudioGrant(parts[0], role, parts[2]));
            }
        }

        return grants;
    }
}
