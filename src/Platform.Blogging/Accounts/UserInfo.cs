namespace Platform.Blogging.Accounts;

/// <summary>A user account as the gateway sees it: no hashes or secrets.</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.UserInfo")]
public sealed record UserInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string Email,
    [property: Id(2)] string DisplayName,
    [property: Id(3)] string SecurityStamp,
    [property: Id(4)] bool TwoFactorEnabled,
    [property: Id(5)] IReadOnlyList<string> Blogs,
    [property: Id(6)] string Language,
    [property: Id(7)] int RecoveryCodesLeft);
