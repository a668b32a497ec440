using System.Security.Claims;
using Platform.Blogging.Access;

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
