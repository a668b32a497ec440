using System.Security.Claims;
using Platform.Blogging.Access;
using Platform.Gateway.Api.Auth;

namespace Platform.Gateway.Studio;

/// <summary>
/// One blog a studio session may open, with the role it has there. A signed-in user's grants come from their
/// memberships, read again on every request (a removed member loses the blog at once); a session signed in with a
/// blog token (the second way in) holds a grant for that token (its id and role, never its secret), checked live on
/// every request too.
/// </summary>
internal sealed record StudioGrant(string Blog, TokenRole Role, string PostOwnerId)
{
    public const string ClaimType = "platform:grant";

    /// <summary>The blog token the grant came from; null for a member's grant.</summary>
    public string? TokenId { get; init; }

    /// <summary>Owners and editors see analytics.</summary>
    public bool CanReadAnalytics => Role is TokenRole.Owner or TokenRole.Editor;

    /// <summary>Owners and editors see the members page.</summary>
    public bool CanSeeMembers => MemberRules.CanSeeMembers(Role);

    /// <summary>The same rules as the author API: who may edit, publish and delete which posts.</summary>
    public BlogAccess ToAccess() => new(Blog, IsAdmin: false, Role, PostOwnerId);

    /// <summary>A token grant: posts are attributed to the token, as the API attributes them.</summary>
    public static StudioGrant ForToken(string blog, TokenRole role, string tokenId) => new(blog, role, tokenId) { TokenId = tokenId };

    /// <summary>A member's grant: posts are attributed to the user (<c>usr_{id}</c>).</summary>
    public static StudioGrant ForMember(string blog, TokenRole role, string userId) => new(blog, role, Platform.Blogging.Accounts.AccountIds.OwnerId(userId));

    /// <summary>The cookie claim of a token grant.</summary>
    public Claim ToClaim() => new(ClaimType, string.Join('|', Blog, Role, TokenId ?? throw new InvalidOperationException("Only token grants are kept in the cookie.")));

    /// <summary>The token grants a cookie holds.</summary>
    public static IReadOnlyList<StudioGrant> Read(ClaimsPrincipal? user)
    {
        var grants = new List<StudioGrant>();
        foreach (var claim in user?.FindAll(ClaimType) ?? [])
        {
            var parts = claim.Value.Split('|');
            if (parts.Length == 3 && Enum.TryParse<TokenRole>(parts[1], out var role))
            {
                grants.Add(ForToken(parts[0], role, parts[2]));
            }
        }

        return grants;
    }
}
