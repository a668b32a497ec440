namespace Platform.Blogging.Accounts;

/// <summary>What creating an account needs: the email is normalised by the caller.</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.NewUser")]
public sealed record NewUser(
    [property: Id(0)] string Email,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] string Password,
    [property: Id(3)] string Language);
