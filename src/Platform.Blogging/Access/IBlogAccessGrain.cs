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
}
