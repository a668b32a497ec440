namespace Platform.Blogging.Access;

/// <summary>
/// Who manages whom, as in Ghost: owners invite and manage every role; editors invite and manage authors and
/// contributors; authors and contributors manage nobody. A personal token's role is never above its member's.
/// </summary>
public static class MemberRules
{
    /// <summary>Whether <paramref name="actor"/> may see the blog's members and invitations.</summary>
    public static bool CanSeeMembers(TokenRole actor) => actor is TokenRole.Owner or TokenRole.Editor;

    /// <summary>Whether <paramref name="actor"/> may invite someone as <paramref name="role"/> (or give a member that role).</summary>
    public static bool CanGrant(TokenRole actor, TokenRole role) =>
        actor == TokenRole.Owner || (actor == TokenRole.Editor && role is TokenRole.Author or TokenRole.Contributor);

    /// <summary>Whether <paramref name="actor"/> may change or remove a member who has <paramref name="target"/>.</summary>
    public static bool CanManage(TokenRole actor, TokenRole target) => CanGrant(actor, target);

    /// <summary>Whether <paramref name="role"/> is <paramref name="limit"/> or below it (roles run owner, editor, author, contributor).</summary>
    public static bool IsAtMost(TokenRole role, TokenRole limit) => (int)role >= (int)limit;
}
