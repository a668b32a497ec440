using Orleans.Runtime;
using Platform.Blogging.Accounts;
using Platform.Blogging.Errors;

namespace Platform.Blogging.Access;

/// <summary>The access grain's members, invitations and personal tokens: in the same state as the tokens, so
/// removing a member and revoking their tokens is one write.</summary>
internal sealed partial class BlogAccessGrain
{
    private string BlogName => this.GetPrimaryKeyString();

    public async Task<IssuedToken> IssuePersonal(string userId, string name, TokenRole role)
    {
        var member = FindMember(userId) ?? throw new InvalidInputException("blog", "Only a member of the blog may have a token for it.", InputReasons.PersonalTokenRole);
        if (!MemberRules.IsAtMost(role, member.Role))
        {
            throw new InvalidInputException("role", "A personal token's role cannot be above your own role on the blog.", InputReasons.PersonalTokenRole);
        }

        return await IssueAsync(name, role, userId);
    }

    public Task<IReadOnlyList<MemberInfo>> Members() =>
        Task.FromResult<IReadOnlyList<MemberInfo>>(state.State.Members.Select(MemberInfo.From).ToArray());

    public Task<TokenRole?> MemberRole(string userId) => Task.FromResult(FindMember(userId)?.Role);

    public async Task AddMember(string userId, string email, string displayName, TokenRole role)
    {
        RequireRole(role);
        var index = state.State.Members.FindIndex(m => m.UserId == userId);
        if (index >= 0)
        {
            if (!MemberRules.IsAtMost(role, state.State.Members[index].Role))
            {
                state.State.Members[index] = state.State.Members[index] with { Role = role };
                await WriteAsync();
            }

            return;
        }

        if (state.State.Members.Count >= AccountLimits.MaxMembers)
        {
            throw new InvalidInputException("email", $"A blog has at most {AccountLimits.MaxMembers} members.", InputReasons.MemberLimit);
        }

        state.State.Members.Add(new MemberRecord { UserId = userId, Email = email, DisplayName = displayName, Role = role, JoinedAt = time.GetUtcNow() });
        await WriteAsync();
    }

    public async Task<bool> ChangeMemberRole(string userId, TokenRole role)
    {
        RequireRole(role);
        var index = state.State.Members.FindIndex(m => m.UserId == userId);
        if (index < 0)
        {
            return false;
        }

        if (state.State.Members[index].Role == TokenRole.Owner && role != TokenRole.Owner && OwnerCount() == 1)
        {
            throw new InvalidInputException("role", "A blog needs an owner: make someone else an owner first.", InputReasons.LastOwner);
        }

        state.State.Members[index] = state.State.Members[index] with { Role = role };
        RevokePersonalTokens(userId, t => !MemberRules.IsAtMost(t.Role, role));
        await WriteAsync();
        return true;
    }

    public async Task<bool> RemoveMember(string userId)
    {
        var member = FindMember(userId);
        if (member is null)
        {
            return false;
        }

        if (member.Role == TokenRole.Owner && OwnerCount() == 1)
        {
            throw new InvalidInputException("member", "The blog's last owner cannot be removed.", InputReasons.LastOwner);
        }

        state.State.Members.Remove(member);
        RevokePersonalTokens(userId, _ => true);
        await WriteAsync();
        return true;
    }

    public async Task<IssuedInvitation> Invite(string? email, TokenRole role, string invitedBy)
    {
        RequireRole(role);
        string? address = null;
        if (email is not null)
        {
            if (!EmailAddress.TryNormalize(email, out var normalized))
            {
                throw new InvalidInputException("email", "That is not an email address.", InputReasons.Email);
            }

            address = normalized;
        }

        var now = time.GetUtcNow();
        // Past invitations are kept for the record up to the limit, then the oldest finished ones make room.
        if (state.State.Invitations.Count >= AccountLimits.MaxInvitations)
        {
            state.State.Invitations.RemoveAll(i => !i.IsLive(now));
            if (state.State.Invitations.Count >= AccountLimits.MaxInvitations)
            {
                throw new InvalidInputException("email", $"A blog has at most {AccountLimits.MaxInvitations} pending invitations.", InputReasons.InvitationLimit);
            }
        }

        var token = LinkTokens.Generate(LinkTokens.InvitationPrefix, BlogName);
        var record = new InvitationRecord
        {
            Id = LinkTokens.NewId("inv_"),
            Email = address,
            Role = role,
            Hash = AccessTokens.Hash(token),
            InvitedBy = invitedBy,
            CreatedAt = now,
            ExpiresAt = now + AccountLimits.InvitationLifetime,
        };
        state.State.Invitations.Add(record);
        await WriteAsync();
        return new IssuedInvitation(InvitationInfo.From(BlogName, record), token);
    }

    public Task<IReadOnlyList<InvitationInfo>> Invitations()
    {
        var now = time.GetUtcNow();
        return Task.FromResult<IReadOnlyList<InvitationInfo>>(state.State.Invitations.Where(i => i.IsLive(now)).Select(i => InvitationInfo.From(BlogName, i)).ToArray());
    }

    public async Task<bool> RevokeInvitation(string invitationId)
    {
        var index = state.State.Invitations.FindIndex(i => i.Id == invitationId && i.IsLive(time.GetUtcNow()));
        if (index < 0)
        {
            return false;
        }

        state.State.Invitations[index] = state.State.Invitations[index] with { RevokedAt = time.GetUtcNow() };
        await WriteAsync();
        return true;
    }

    public Task<InvitationInfo?> FindInvitation(string hash) =>
        Task.FromResult(FindLiveInvitation(hash) is { } record ? InvitationInfo.From(BlogName, record) : null);

    public async Task<InvitationInfo> AcceptInvitation(string hash, string userId, string email, string displayName)
    {
        var record = FindLiveInvitation(hash) ?? throw new InvalidInputException("token", "This invitation link is not valid: it was used, withdrawn or has expired.", InputReasons.InvitationInvalid);
        if (record.Email is not null && !string.Equals(record.Email, email, StringComparison.Ordinal))
        {
            throw new InvalidInputException("email", "This invitation is for another email address.", InputReasons.InvitationEmail);
        }

        var index = state.State.Invitations.IndexOf(record);
        state.State.Invitations[index] = record with { AcceptedAt = time.GetUtcNow(), AcceptedBy = userId };
        var member = state.State.Members.FindIndex(m => m.UserId == userId);
        if (member < 0)
        {
            state.State.Members.Add(new MemberRecord { UserId = userId, Email = email, DisplayName = displayName, Role = record.Role, JoinedAt = time.GetUtcNow() });
        }
        else if (!MemberRules.IsAtMost(record.Role, state.State.Members[member].Role))
        {
            state.State.Members[member] = state.State.Members[member] with { Role = record.Role };
        }

        await WriteAsync();
        return InvitationInfo.From(BlogName, record);
    }

    private MemberRecord? FindMember(string userId) => state.State.Members.Find(m => m.UserId == userId);

    private int OwnerCount() => state.State.Members.Count(m => m.Role == TokenRole.Owner);

    private InvitationRecord? FindLiveInvitation(string hash) =>
        hash is null ? null : state.State.Invitations.Find(i => AccessTokens.HashesEqual(i.Hash, hash) && i.IsLive(time.GetUtcNow()));

    private void RevokePersonalTokens(string userId, Func<AccessTokenRecord, bool> which)
    {
        var now = time.GetUtcNow();
        for (var i = 0; i < state.State.Tokens.Count; i++)
        {
            var token = state.State.Tokens[i];
            if (token.UserId == userId && token.RevokedAt is null && which(token))
            {
                state.State.Tokens[i] = token with { RevokedAt = now };
            }
        }
    }

    private static void RequireRole(TokenRole role)
    {
        if (!Enum.IsDefined(role))
        {
            throw new InvalidInputException("role", "The role must be owner, editor, author or contributor.", InputReasons.Role);
        }
    }
}
