using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Platform.Blogging.Access;
using Platform.Blogging.Accounts;

namespace Platform.Gateway.Studio.Accounts;

/// <summary>
/// The studio session: who is signed in and which blogs they may open. The cookie holds the user's id, the security
/// stamp at sign-in and a random session id (new at every sign-in), plus any blog-token grants. Each request reads
/// the user again: a changed stamp (password changed or reset, two-factor turned on or off) ends the session, and
/// grants come from the blogs' member lists, so a removed member loses access at once.
/// </summary>
internal static class StudioSessions
{
    public const string UserClaim = "platform:user";
    public const string StampClaim = "platform:stamp";
    public const string SessionClaim = "platform:sid";

    private static readonly object s_key = new();

    /// <summary>The request's signed-in user (null without one) and the blogs the session may open; read once per request.</summary>
    public static async Task<StudioIdentity> ReadAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(s_key, out var cached) && cached is StudioIdentity known)
        {
            return known;
        }

        var identity = await LoadAsync(context);
        context.Items[s_key] = identity;
        return identity;
    }

    /// <summary>The identity already read for this request, if any.</summary>
    public static StudioIdentity? Cached(HttpContext context) => context.Items.TryGetValue(s_key, out var value) ? value as StudioIdentity : null;

    /// <summary>Forgets the cached identity (after sign-in or a change of the user's credentials).</summary>
    public static void Forget(HttpContext context) => context.Items.Remove(s_key);

    /// <summary>Signs <paramref name="user"/> in with a new ticket and a new session id, keeping the session's token grants.</summary>
    public static async Task SignInAsync(HttpContext context, UserInfo user, IEnumerable<StudioGrant>? tokenGrants = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = new List<Claim>
        {
            new(UserClaim, user.Id),
            new(StampClaim, user.SecurityStamp),
            new(SessionClaim, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))),
        };
        claims.AddRange((tokenGrants ?? []).Where(g => g.TokenId is not null).Select(g => g.ToClaim()));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, StudioEndpoints.Scheme));
        await context.SignInAsync(StudioEndpoints.Scheme, principal, new AuthenticationProperties { IsPersistent = true });
        // The rest of this request sees the new session, not the cookie it came with.
        context.Items[s_key] = await LoadAsync(context, principal);
    }

    private static async Task<StudioIdentity> LoadAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(StudioEndpoints.Scheme);
        return result.Succeeded ? await LoadAsync(context, result.Principal) : StudioIdentity.Anonymous;
    }

    private static async Task<StudioIdentity> LoadAsync(HttpContext context, ClaimsPrincipal principal)
    {
        var grains = context.RequestServices.GetRequiredService<IGrainFactory>();
        var grants = new List<StudioGrant>();
        UserInfo? user = null;
        if (principal.FindFirstValue(UserClaim) is { } userId && AccountIds.IsUserId(userId))
        {
            var info = await grains.GetGrain<IUserGrain>(userId).Read();
            if (info is not null && string.Equals(info.SecurityStamp, principal.FindFirstValue(StampClaim), StringComparison.Ordinal))
            {
                user = info;
                foreach (var blog in info.Blogs)
                {
                    if (await grains.GetGrain<IBlogAccessGrain>(blog).MemberRole(userId) is { } role)
                    {
                        grants.Add(StudioGrant.ForMember(blog, role, userId));
                    }
                }
            }
        }

        foreach (var grant in StudioGrant.Read(principal))
        {
            if (grants.Any(g => g.Blog == grant.Blog))
            {
                continue; // a membership wins over a token for the same blog
            }

            var tokens = await grains.GetGrain<IBlogAccessGrain>(grant.Blog).List();
            if (tokens.Any(t => t.Id == grant.TokenId && t.RevokedAt is null && t.Role == grant.Role))
            {
                grants.Add(grant);
            }
        }

        return new StudioIdentity(user, grants, principal.FindFirstValue(SessionClaim));
    }
}
