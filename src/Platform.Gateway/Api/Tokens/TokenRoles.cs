using Platform.Blogging.Access;
using Platform.Gateway.Api.Errors;

namespace Platform.Gateway.Api.Tokens;

/// <summary>Role names on the wire: lower-case words.</summary>
internal static class TokenRoles
{
    public static string Name(TokenRole role) => role switch
    {
        TokenRole.Owner => "owner",
        TokenRole.Editor => "editor",
        TokenRole.Author => "author",
        _ => "contributor",
    };

    public static TokenRole Parse(string? role) => role?.Trim() switch
    {
        "owner" => TokenRole.Owner,
        "editor" => TokenRole.Editor,
        "author" => TokenRole.Author,
        "contributor" => TokenRole.Contributor,
        _ => throw ApiException.BadRequest("role", "The role must be one of owner, editor, author, contributor."),
    };
}
