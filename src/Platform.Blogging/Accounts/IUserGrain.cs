using Orleans.Concurrency;

namespace Platform.Blogging.Accounts;

/// <summary>
/// One user account (key: the user id). Passwords are checked here, failures counted (lockout), hashes upgraded,
/// reset tokens and TOTP codes verified; the security stamp changes whenever a credential does.
/// </summary>
[Alias("platform.IUserGrain")]
public interface IUserGrain : IGrainWithStringKey
{
    /// <summary>Creates the account; an account that exists already is an invalid-input error.</summary>
    Task<UserInfo> Create(NewUser user);

    /// <summary>The account, or null when there is none.</summary>
    [ReadOnly]
    Task<UserInfo?> Read();

    /// <summary>The password step of sign-in: counts failures, refuses while locked, rehashes old hashes.</summary>
    Task<SignInResult> CheckPassword(string password);

    /// <summary>The second step: a TOTP code or an unused recovery code, for the session that passed the password with <paramref name="stamp"/>.</summary>
    Task<SignInResult> CheckSecondFactor(string stamp, string code);

    /// <summary>Changes the password (the current one is required); false when it is wrong. Ends every other session.</summary>
    Task<bool> ChangePassword(string current, string replacement);

    /// <summary>Issues a one-time reset token (the only copy is returned), replacing any earlier one.</summary>
    Task<string> CreateResetToken();

    /// <summary>Sets a new password with a reset token's digest; false when it is wrong, used or expired.</summary>
    Task<bool> ResetPassword(string tokenHash, string replacement);

    /// <summary>Starts turning two-factor sign-in on: a new secret to confirm with a code.</summary>
    Task<TotpSetup> BeginTwoFactor();

    /// <summary>Confirms the pending secret with a code; returns the recovery codes (shown once). Null for a wrong code.</summary>
    Task<IReadOnlyList<string>?> ConfirmTwoFactor(string code);

    /// <summary>Turns two-factor sign-in off; needs the password. False when it is wrong.</summary>
    Task<bool> DisableTwoFactor(string password);

    /// <summary>Records a blog the user is a member of.</summary>
    Task AddBlog(string blog);

    /// <summary>Forgets a blog the user left or was removed from.</summary>
    Task RemoveBlog(string blog);
}
