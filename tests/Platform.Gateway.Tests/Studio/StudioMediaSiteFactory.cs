using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Access;
using Platform.Gateway.Tests.Pages;

namespace Platform.Gateway.Tests.Studio;

/// <summary>
/// The blog site of <see cref="BlogSiteFactory"/> with tokens of each role for <c>alpha</c> and an owner token for
/// <c>beta</c> (Korean), and a sign-in rate limit high enough for the many sessions the media tests open (the limit
/// itself is tested in <c>AuthProtectionTests</c>).
/// </summary>
public sealed class StudioMediaSiteFactory : BlogSiteFactory
{
    public StudioMediaSiteFactory()
    {
        With("Studio:AuthAttemptsPerMinute", "1000");
        With("Api:RateLimit:PermitsPerMinute", "100000");
    }

    public string Owner { get; private set; } = "";

    public string Editor { get; private set; } = "";

    public string Author { get; private set; } = "";

    public string BetaOwner { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var grains = Services.GetRequiredService<IGrainFactory>();
        Owner = (await grains.GetGrain<IBlogAccessGrain>("alpha").Issue("owner", TokenRole.Owner)).Secret;
        Editor = (await grains.GetGrain<IBlogAccessGrain>("alpha").Issue("editor", TokenRole.Editor)).Secret;
        Author = (await grains.GetGrain<IBlogAccessGrain>("alpha").Issue("author", TokenRole.Author)).Secret;
        BetaOwner = (await grains.GetGrain<IBlogAccessGrain>("beta").Issue("owner", TokenRole.Owner)).Secret;
    }
}
