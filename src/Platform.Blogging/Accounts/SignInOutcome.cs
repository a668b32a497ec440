namespace Platform.Blogging.Accounts;

/// <summary>How a sign-in step ended.</summary>
[GenerateSerializer]
[Alias("platform.SignInOutcome")]
public enum SignInOutcome
{
    /// <summary>Signed in.</summary>
    Succeeded,

    /// <summary>The password was right; a TOTP or recovery code must follow.</summary>
    NeedsSecondFactor,

    /// <summary>Wrong email, password or code.</summary>
    Failed,

    /// <summary>Too many failures: every attempt is refused until the lockout ends.</summary>
    LockedOut,
}
