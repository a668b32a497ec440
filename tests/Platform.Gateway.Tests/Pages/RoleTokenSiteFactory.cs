using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Access;

namespace Platform.Gateway.Tests.Pages;

/// <summary>
/// The blog site of <see cref="BlogSiteFactory"/> with tokens of each role for <c>alpha</c> and an owner token for
/// <c>beta</c> (Korean): the base of the sites that the studio and analytics tests sign in to.
/// </summary>
public abstract class RoleTokenSiteFactory : BlogSiteFactory
{
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
