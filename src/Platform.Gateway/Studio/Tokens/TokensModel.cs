using Platform.Blogging.Access;

namespace Platform.Gateway.Studio.Tokens;

/// <summary>What the blog tokens page shows: the tokens, the form as typed, and what just happened.</summary>
internal sealed record TokensModel(StudioGrant Grant, TimeZoneInfo Zone, OwnerNames Names)
{
    /// <summary>The name typed in the create form (kept when it was refused).</summary>
    public string Name { get; init; } = "";

    /// <summary>The role chosen in the create form.</summary>
    public string Role { get; init; } = "author";

    /// <summary>Field errors of the create form, by field (<c>name</c>, <c>role</c>).</summary>
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    /// <summary>A token just issued: the only time its secret is shown.</summary>
    public IssuedToken? Issued { get; init; }

    /// <summary>A notice: a token was revoked.</summary>
    public string? Notice { get; init; }

    /// <summary>The live tokens, newest first.</summary>
    public IEnumerable<TokenInfo> Live => Names.Tokens.Where(t => t.RevokedAt is null).OrderByDescending(t => t.CreatedAt);

    /// <summary>The revoked tokens, most recently revoked first.</summary>
    public IEnumerable<TokenInfo> Revoked => Names.Tokens.Where(t => t.RevokedAt is not null).OrderByDescending(t => t.RevokedAt);

    /// <summary>What kind of token it is: a blog token, or a member's personal token.</summary>
    public string Kind(TokenInfo token, StudioText text)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(text);
        return token.UserId is null
            ? text.BlogTokenKind
            : text.PersonalTokenOf(Names.Member(token.UserId) is { } member ? OwnerNames.MemberName(member) : text.RemovedMember);
    }

    /// <summary>Whether this session signed in with <paramref name="token"/>.</summary>
    public bool IsThisSession(TokenInfo token) => token is not null && string.Equals(Grant.TokenId, token.Id, StringComparison.Ordinal);
}
