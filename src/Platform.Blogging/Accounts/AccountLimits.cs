namespace Platform.Blogging.Accounts;

/// <summary>The fixed rules of accounts (documented in docs/studio.md).</summary>
public static class AccountLimits
{
    /// <summary>Failed sign-ins (passwords or second-factor codes) in a row that lock an account.</summary>
    public const int MaxFailedAttempts = 5;

    /// <summary>How long a locked account refuses every sign-in, right password or not.</summary>
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    /// <summary>How long a password-reset link works (once).</summary>
    public static readonly TimeSpan ResetLifetime = TimeSpan.FromHours(1);

    /// <summary>How long an invitation link works (once).</summary>
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);

    /// <summary>Recovery codes issued when two-factor sign-in is turned on.</summary>
    public const int RecoveryCodes = 10;

    /// <summary>The shortest password accepted (NIST SP 800-63B's floor is 8).</summary>
    public const int MinPasswordLength = 10;

    /// <summary>The longest password accepted (hashing is the cost; this bounds it).</summary>
    public const int MaxPasswordLength = 128;

    /// <summary>The longest display name.</summary>
    public const int MaxDisplayName = 100;

    /// <summary>The most members a blog has.</summary>
    public const int MaxMembers = 500;

    /// <summary>The most invitations a blog keeps (pending and past).</summary>
    public const int MaxInvitations = 500;
}
