using Platform.Blogging.Access;

namespace Platform.Gateway.Studio.Accounts;

/// <summary>The account pages' log messages: ids, never emails, passwords, codes or links.</summary>
internal static partial class AccountLog
{
    [LoggerMessage(EventId = 4810, Level = LogLevel.Information, Message = "User {UserId} signed in to the studio.")]
    public static partial void SignedIn(ILogger logger, string userId);

    [LoggerMessage(EventId = 4811, Level = LogLevel.Warning, Message = "A studio sign-in was refused: the account is locked out after repeated failures.")]
    public static partial void LockedOut(ILogger logger);

    [LoggerMessage(EventId = 4812, Level = LogLevel.Information, Message = "User {UserId} created an account through an invitation to {Blog}.")]
    public static partial void Registered(ILogger logger, string userId, string blog);

    [LoggerMessage(EventId = 4813, Level = LogLevel.Information, Message = "User {UserId} joined {Blog} as {Role}.")]
    public static partial void Joined(ILogger logger, string userId, string blog, TokenRole role);

    [LoggerMessage(EventId = 4814, Level = LogLevel.Information, Message = "User {UserId} reset their password.")]
    public static partial void PasswordReset(ILogger logger, string userId);

    [LoggerMessage(EventId = 4815, Level = LogLevel.Information, Message = "Invitation {InvitationId} to {Blog} as {Role} issued by {InvitedBy}.")]
    public static partial void Invited(ILogger logger, string invitationId, string blog, TokenRole role, string invitedBy);

    [LoggerMessage(EventId = 4816, Level = LogLevel.Information, Message = "Member {UserId} of {Blog} changed: {Change} by {Actor}.")]
    public static partial void MemberChanged(ILogger logger, string userId, string blog, string change, string actor);

    [LoggerMessage(EventId = 4817, Level = LogLevel.Information, Message = "User {UserId} changed their credentials: {Change}.")]
    public static partial void CredentialsChanged(ILogger logger, string userId, string change);
}
