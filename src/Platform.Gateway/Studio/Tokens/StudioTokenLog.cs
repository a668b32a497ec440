using Platform.Blogging.Access;

namespace Platform.Gateway.Studio.Tokens;

/// <summary>The blog tokens page's log messages: token ids and who acted, never a secret.</summary>
internal static partial class StudioTokenLog
{
    [LoggerMessage(EventId = 4840, Level = LogLevel.Information, Message = "Token {TokenId} ({Role}) of blog {Blog} issued in the studio by {Actor}.")]
    public static partial void Issued(ILogger logger, string tokenId, TokenRole role, string blog, string actor);

    [LoggerMessage(EventId = 4841, Level = LogLevel.Information, Message = "Token {TokenId} of blog {Blog} revoked in the studio by {Actor}.")]
    public static partial void Revoked(ILogger logger, string tokenId, string blog, string actor);
}
