namespace Platform.Blogging.Accounts;

/// <summary>
/// The persisted state of a user account: never a password, reset token or recovery code, only their hashes. The
/// TOTP secret is kept as issued (the server must compute codes from it); the store's own protection covers it.
/// </summary>
[GenerateSerializer]
[Alias("platform.UserState")]
public sealed class UserState
{
    /// <summary>The normalised email (the account's sign-in name); empty until the account is created.</summary>
    [Id(0)]
    public string Email { get; set; } = "";

    /// <summary>The name shown to other members.</summary>
    [Id(1)]
    public string DisplayName { get; set; } = "";

    /// <summary>Identity's V3 password hash.</summary>
    [Id(2)]
    public string PasswordHash { get; set; } = "";

    /// <summary>Changes whenever the password or two-factor setting changes: sessions made before then end.</summary>
    [Id(3)]
    public string SecurityStamp { get; set; } = "";

    /// <summary>When the account was made.</summary>
    [Id(4)]
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Failed sign-ins in a row.</summary>
    [Id(5)]
    public int FailedAttempts { get; set; }

    /// <summary>Sign-in is refused until then.</summary>
    [Id(6)]
    public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>SHA-256 of the live password-reset token, if one was sent.</summary>
    [Id(7)]
    public string? ResetHash { get; set; }

    /// <summary>When that token stops working.</summary>
    [Id(8)]
    public DateTimeOffset? ResetExpiresAt { get; set; }

    /// <summary>The confirmed TOTP secret (base32); null when two-factor sign-in is off.</summary>
    [Id(9)]
    public string? TotpSecret { get; set; }

    /// <summary>A TOTP secret shown but not yet confirmed with a code.</summary>
    [Id(10)]
    public string? PendingTotpSecret { get; set; }

    /// <summary>The last TOTP time step accepted: a code is never accepted twice.</summary>
    [Id(11)]
    public long LastTotpStep { get; set; }

    /// <summary>SHA-256 digests of the unused recovery codes.</summary>
    [Id(12)]
    public List<string> RecoveryCodeHashes { get; set; } = [];

    /// <summary>The blogs the user is a member of (the blog's access grain holds the role and is the authority).</summary>
    [Id(13)]
    public List<string> Blogs { get; set; } = [];

    /// <summary>The language of the user's mail and pages: <c>en</c> or <c>ko</c>.</summary>
    [Id(14)]
    public string Language { get; set; } = "en";
}
