using Orleans.Concurrency;

namespace Platform.Blogging.Access;

/// <summary>
/// A blog's access tokens (key: the blog's name). Secrets are never stored: only their SHA-256 digests.
/// Authentication is an in-memory lookup that interleaves with other reads and costs no storage I/O.
/// </summary>
[Alias("platform.IBlogAccessGrain")]
public interface IBlogAccessGrain : IGrainWithStringKey
{
    /// <summary>Issues a token with a role; the result carries the secret, which is not kept.</summary>
    Task<IssuedToken> Issue(string name, TokenRole role);

    /// <summary>Every token of the blog, revoked ones included, oldest first; never a secret or digest.</summary>
    [ReadOnly]
    Task<IReadOnlyList<TokenInfo>> List();

    /// <summary>Revokes a token; false when the blog has no token with that id (revoking twice is true).</summary>
    Task<bool> Revoke(string tokenId);

    /// <summary>The live (unrevoked) token whose digest this is, or null.</summary>
    [ReadOnly]
    Task<TokenInfo?> Authenticate(string hash);

    /// <summary>Issues a personal token for member <paramref name="userId"/>, with a role no higher than the member's.</summary>
    Task<IssuedToken> IssuePersonal(string userId, string name, TokenRole role);

    /// <summary>The blog's members, oldest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<MemberInfo>> Members();

    /// <summary>The role of member <paramref name="userId"/>, or null when they are not a member. Checked on every studio request.</summary>
    [ReadOnly]
    Task<TokenRole?> MemberRole(string userId);

    /// <summary>Adds a member, or raises an existing member to <paramref name="role"/> (never lowers one).</summary>
    Task AddMember(string userId, string email, string displayName, TokenRole role);

    /// <summary>Changes a member's role; their personal tokens above the new role are revoked. Refuses to leave the blog without an owner.</summary>
    Task<bool> ChangeMemberRole(string userId, TokenRole role);

    /// <summary>Removes a member and revokes their personal tokens at once. Refuses to remove the last owner.</summary>
    Task<bool> RemoveMember(string userId);

    /// <summary>Invites <paramref name="email"/> (null: whoever holds the link) as <paramref name="role"/>; the link works once, for <see cref="Accounts.AccountLimits.InvitationLifetime"/>.</summary>
    Task<IssuedInvitation> Invite(string? email, TokenRole role, string invitedBy);

    /// <summary>Pending invitations (not accepted, withdrawn or expired), oldest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<InvitationInfo>> Invitations();

    /// <summary>Withdraws a pending invitation; false when there is none with that id.</summary>
    Task<bool> RevokeInvitation(string invitationId);

    /// <summary>The pending invitation whose link digest this is, or null.</summary>
    [ReadOnly]
    Task<InvitationInfo?> FindInvitation(string hash);

    /// <summary>
    /// Accepts an invitation for user <paramref name="userId"/> with <paramref name="email"/>: the user becomes a
    /// member and the link stops working. An unknown, used, withdrawn or expired link, or another address than the one
    /// invited, is an invalid-input error.
    /// </summary>
    Task<InvitationInfo> AcceptInvitation(string hash, string userId, string email, string displayName);
}
