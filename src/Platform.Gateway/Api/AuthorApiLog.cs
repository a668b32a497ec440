namespace Platform.Gateway.Api;

/// <summary>The author API's log messages.</summary>
internal static partial class AuthorApiLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Warning, Message = "Platform:AdminToken is not set: creating blogs over the author API is off.")]
    public static partial void AdminTokenMissing(ILogger logger);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Platform:AdminToken is shorter than {MinimumLength} characters: use a long random value.")]
    public static partial void AdminTokenWeak(ILogger logger, int minimumLength);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Blog {Blog} created over the author API.")]
    public static partial void BlogCreated(ILogger logger, string blog);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Token {TokenId} ({Role}) issued for blog {Blog}.")]
    public static partial void TokenIssued(ILogger logger, string tokenId, Platform.Blogging.Access.TokenRole role, string blog);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Token {TokenId} of blog {Blog} revoked.")]
    public static partial void TokenRevoked(ILogger logger, string tokenId, string blog);
}
