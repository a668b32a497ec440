namespace Platform.Blogging.Accounts;

/// <summary>The result of a sign-in step: the user and security stamp when it went through.</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.SignInResult")]
public sealed record SignInResult(
    [property: Id(0)] SignInOutcome Outcome,
    [property: Id(1)] string? UserId = null,
    [property: Id(2)] string? SecurityStamp = null,
    [property: Id(3)] DateTimeOffset? LockedUntil = null)
{
    /// <summary>A failure that says nothing about why.</summary>
    public static SignInResult Failed { get; } = new(SignInOutcome.Failed);
}
