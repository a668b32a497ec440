using Platform.Blogging.Access;
using Platform.Blogging.Accounts;

namespace Platform.Gateway.Studio.Tokens;

/// <summary>
/// Who an owner id (a post's author, a revision's writer) is, in words: the member's name (or email) for a user's
/// id (<c>usr_{id}</c>), the token's name for a token's id; "removed member" for a user who is no longer a member,
/// "a token" for an id the blog does not know. Read from the blog's access grain once per page.
/// </summary>
internal sealed class OwnerNames
{
    private readonly Dictionary<string, MemberInfo> _members;
    private readonly Dictionary<string, TokenInfo> _tokens;

    private OwnerNames(IReadOnlyList<MemberInfo> members, IReadOnlyList<TokenInfo> tokens)
    {
        Members = members;
        Tokens = tokens;
        _members = members.ToDictionary(m => m.UserId, StringComparer.Ordinal);
        _tokens = tokens.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    /// <summary>The blog's members, oldest first.</summary>
    public IReadOnlyList<MemberInfo> Members { get; }

    /// <summary>The blog's tokens, revoked ones included, oldest first.</summary>
    public IReadOnlyList<TokenInfo> Tokens { get; }

    public static async Task<OwnerNames> LoadAsync(IGrainFactory grains, string blog)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var access = grains.GetGrain<IBlogAccessGrain>(blog);
        return new OwnerNames(await access.Members(), await access.List());
    }

    /// <summary>A member's name as lists show it: the display name, or the email when there is none.</summary>
    public static string MemberName(MemberInfo member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return string.IsNullOrWhiteSpace(member.DisplayName) ? member.Email : member.DisplayName;
    }

    /// <summary>The member a user id names, or null when they are not (or no longer) a member.</summary>
    public MemberInfo? Member(string? userId) => userId is not null && _members.TryGetValue(userId, out var member) ? member : null;

    /// <summary>
    /// The words for <paramref name="ownerId"/>; <paramref name="self"/> is the reader's own owner id, marked "(you)".
    /// Null owner ids (posts from before owners were recorded) read as unknown.
    /// </summary>
    public string Name(string? ownerId, StudioText text, string? self)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrEmpty(ownerId))
        {
            return text.Unknown;
        }

        string name;
        if (ownerId.StartsWith(AccountIds.OwnerPrefix, StringComparison.Ordinal))
        {
            name = Member(ownerId[AccountIds.OwnerPrefix.Length..]) is { } member ? MemberName(member) : text.RemovedMember;
        }
        else if (_tokens.TryGetValue(ownerId, out var token))
        {
            name = token.UserId is not null && Member(token.UserId) is { } holder ? MemberName(holder) : text.ATokenNamed(token.Name);
        }
        else
        {
            name = text.AToken;
        }

        return string.Equals(ownerId, self, StringComparison.Ordinal) ? text.You(name) : name;
    }
}
