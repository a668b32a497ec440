using Platform.Blogging.Accounts;

namespace Platform.Gateway.Studio.Accounts;

/// <summary>Who a studio request comes from: the signed-in user, if any, and the blogs the session may open.</summary>
internal sealed record StudioIdentity(UserInfo? User, IReadOnlyList<StudioGrant> Grants, string? SessionId)
{
    public static StudioIdentity Anonymous { get; } = new(null, [], null);
}
