using System.Security.Cryptography;

namespace Platform.Blogging.Accounts;

/// <summary>
/// Ids of user accounts and the owner id their posts carry. A user id is 24 lower-case hex characters (96 random
/// bits): it never contains <c>_</c>, so it can sit inside a <c>prefix_id_secret</c> link token.
/// </summary>
public static class AccountIds
{
    /// <summary>What a user's owner id (<c>PostContent.OwnerId</c>, a personal token's author) starts with.</summary>
    public const string OwnerPrefix = "usr_";

    /// <summary>A new random user id.</summary>
    public static string NewUserId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    /// <summary>Whether <paramref name="id"/> has the shape of a user id.</summary>
    public static bool IsUserId(string? id) => id is { Length: 24 } && id.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    /// <summary>The id posts written by the user are attributed to: <c>usr_{id}</c>, never a token id.</summary>
    public static string OwnerId(string userId) => OwnerPrefix + userId;
}
