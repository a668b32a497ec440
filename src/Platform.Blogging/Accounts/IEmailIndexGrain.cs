using Orleans.Concurrency;

namespace Platform.Blogging.Accounts;

/// <summary>
/// The email → user index (key: the normalised email). One grain per address makes "one account per email" a
/// single-activation decision: two sign-ups with the same address cannot both win.
/// </summary>
[Alias("platform.IEmailIndexGrain")]
public interface IEmailIndexGrain : IGrainWithStringKey
{
    /// <summary>The user who owns the address, or null.</summary>
    [ReadOnly]
    Task<string?> Find();

    /// <summary>Gives the address to <paramref name="userId"/> unless someone owns it; answers the owner either way.</summary>
    Task<string> Claim(string userId);

    /// <summary>Frees the address if <paramref name="userId"/> owns it (an account whose creation failed).</summary>
    Task Release(string userId);
}
