using Platform.Blogging.Access;
using Platform.Blogging.Errors;

namespace Platform.Blogging.Accounts;

/// <summary>
/// Accounts by email, over the user and email-index grains: sign-up (one account per address), sign-in by email
/// (an unknown address costs the same hashing time as a wrong password), password-reset tokens, and joining blogs.
/// </summary>
public sealed class AccountService(IGrainFactory grains)
{
    /// <summary>The user grain of <paramref name="userId"/>.</summary>
    public IUserGrain User(string userId) => grains.GetGrain<IUserGrain>(userId);

    /// <summary>The id of the account with <paramref name="email"/>, or null.</summary>
    public async Task<string?> FindAsync(string? email) =>
        EmailAddress.TryNormalize(email, out var normalized) ? await grains.GetGrain<IEmailIndexGrain>(normalized).Find() : null;

    /// <summary>Creates an account; the address must be free. Invalid input (address, password, name) throws <see cref="InvalidInputException"/>.</summary>
    public async Task<UserInfo> RegisterAsync(string? email, string? displayName, string? password, string language)
    {
        if (!EmailAddress.TryNormalize(email, out var normalized))
        {
            throw new InvalidInputException("email", "That is not an email address.", InputReasons.Email);
        }

        Passwords.Validate(password);
        if ((displayName ?? "").Trim().Length > AccountLimits.MaxDisplayName)
        {
            throw new InvalidInputException("displayName", $"A name has at most {AccountLimits.MaxDisplayName} characters.", InputReasons.DisplayName);
        }

        var id = AccountIds.NewUserId();
        var index = grains.GetGrain<IEmailIndexGrain>(normalized);
        if (await index.Claim(id) != id)
        {
            throw new InvalidInputException("email", "An account with this email exists already: sign in instead.", InputReasons.AccountExists);
        }

        try
        {
            return await User(id).Create(new NewUser(normalized, displayName ?? "", password!, language));
        }
        catch
        {
            await index.Release(id);
            throw;
        }
    }

    /// <summary>The password step of signing in with an email.</summary>
    public async Task<SignInResult> SignInAsync(string? email, string? password)
    {
        var id = await FindAsync(email);
        if (id is null)
        {
            Passwords.VerifyDecoy(password ?? "");
            return SignInResult.Failed;
        }

        return await User(id).CheckPassword(password ?? "");
    }

    /// <summary>A reset token for the account with <paramref name="email"/> and that account, or null when there is none.</summary>
    public async Task<(UserInfo User, string Token)?> CreateResetAsync(string? email)
    {
        var id = await FindAsync(email);
        if (id is null || await User(id).Read() is not { } user)
        {
            return null;
        }

        return (user, await User(id).CreateResetToken());
    }

    /// <summary>Sets a new password with a reset link's token; false when the link is not (or no longer) valid.</summary>
    public async Task<bool> ResetAsync(string? token, string? password)
    {
        if (!LinkTokens.TryReadKey(LinkTokens.ResetPrefix, token, out var userId) || !AccountIds.IsUserId(userId))
        {
            return false;
        }

        return await User(userId).ResetPassword(AccessTokens.Hash(token!), password ?? "");
    }

    /// <summary>Makes <paramref name="user"/> a member of <paramref name="blog"/> (the user's list first, so a crash leaves no member the user cannot see).</summary>
    public async Task JoinAsync(string blog, UserInfo user, TokenRole role)
    {
        ArgumentNullException.ThrowIfNull(user);
        await User(user.Id).AddBlog(blog);
        await grains.GetGrain<IBlogAccessGrain>(blog).AddMember(user.Id, user.Email, user.DisplayName, role);
    }

    /// <summary>Accepts an invitation link's token for <paramref name="user"/>.</summary>
    public async Task<InvitationInfo> AcceptAsync(string token, UserInfo user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!LinkTokens.TryReadKey(LinkTokens.InvitationPrefix, token, out var blog) || !Blogs.BlogName.IsValid(blog))
        {
            throw new InvalidInputException("token", "This invitation link is not valid: it was used, withdrawn or has expired.", InputReasons.InvitationInvalid);
        }

        await User(user.Id).AddBlog(blog);
        return await grains.GetGrain<IBlogAccessGrain>(blog).AcceptInvitation(AccessTokens.Hash(token), user.Id, user.Email, user.DisplayName);
    }

    /// <summary>The pending invitation a link's token names, or null.</summary>
    public async Task<InvitationInfo?> FindInvitationAsync(string? token)
    {
        if (!LinkTokens.TryReadKey(LinkTokens.InvitationPrefix, token, out var blog) || !Blogs.BlogName.IsValid(blog))
        {
            return null;
        }

        return await grains.GetGrain<IBlogAccessGrain>(blog).FindInvitation(AccessTokens.Hash(token!));
    }

    /// <summary>Removes <paramref name="userId"/> from <paramref name="blog"/>: the blog side first, so access ends at once.</summary>
    public async Task<bool> RemoveAsync(string blog, string userId)
    {
        var removed = await grains.GetGrain<IBlogAccessGrain>(blog).RemoveMember(userId);
        if (removed)
        {
            await User(userId).RemoveBlog(blog);
        }

        return removed;
    }
}
