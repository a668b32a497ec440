using Platform.Gateway.Tests.Pages;

namespace Platform.Gateway.Tests.Studio;

/// <summary>
/// The role-token site with a sign-in rate limit high enough for the many sessions the media tests open (the limit
/// itself is tested in <c>AuthProtectionTests</c>).
/// </summary>
public sealed class StudioMediaSiteFactory : RoleTokenSiteFactory
{
    public StudioMediaSiteFactory()
    {
        With("Studio:AuthAttemptsPerMinute", "1000");
        With("Api:RateLimit:PermitsPerMinute", "100000");
    }
}
