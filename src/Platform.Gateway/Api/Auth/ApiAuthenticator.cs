using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Platform.Blogging.Access;
using Platform.Gateway.Api.Errors;

namespace Platform.Gateway.Api.Auth;

/// <summary>
/// Bearer authentication for the author API. No or malformed header, or a token no blog knows: 401. A live token
/// of another blog: 403 (it is recognised by checking it against the blog its prefix names). The administrator's
/// token (<c>Platform:AdminToken</c>, compared in constant time) may act on every blog.
/// </summary>
internal sealed class ApiAuthenticator(IGrainFactory grains, IOptions<AuthorApiOptions> options)
{
    /// <summary>The bearer token of the request, or null when there is none.</summary>
    public static string? BearerToken(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers[HeaderNames.Authorization].ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = header[scheme.Length..].Trim();
        return token.Length == 0 ? null : token;
    }

    /// <summary>Whether administrator features are on.</summary>
    public bool AdminEnabled => !string.IsNullOrEmpty(options.Value.AdminToken);

    /// <summary>Requires the administrator's token: 401 for no or an unknown token, 403 for a blog's live token.</summary>
    public async Task RequireAdminAsync(HttpRequest request)
    {
        var token = BearerToken(request) ?? throw ApiException.Unauthorized("Send 'Authorization: Bearer <token>'.");
        if (IsAdmin(token))
        {
            return;
        }

        if (AccessTokens.TryReadBlog(token, out var tokenBlog) && await grains.GetGrain<IBlogAccessGrain>(tokenBlog).Authenticate(AccessTokens.Hash(token)) is not null)
        {
            throw ApiException.Forbidden("Only the platform administrator may do this.");
        }

        throw ApiException.Unauthorized("The token is not valid.");
    }

    /// <summary>The caller's access to <paramref name="blog"/>, or a 401/403 problem.</summary>
    public async Task<BlogAccess> AuthorizeAsync(HttpRequest request, string blog)
    {
        var token = BearerToken(request) ?? throw ApiException.Unauthorized("Send 'Authorization: Bearer <token>'.");
        if (IsAdmin(token))
        {
            return new BlogAccess(blog, IsAdmin: true, TokenRole.Owner, TokenId: null);
        }

        if (!AccessTokens.TryReadBlog(token, out var tokenBlog))
        {
            throw ApiException.Unauthorized("The token is not valid.");
        }

        var info = await grains.GetGrain<IBlogAccessGrain>(tokenBlog).Authenticate(AccessTokens.Hash(token))
            ?? throw ApiException.Unauthorized("The token is not valid (unknown or revoked).");
        if (!string.Equals(tokenBlog, blog, StringComparison.Ordinal))
        {
            // Same answer whether the other blog exists or not: a token says nothing about blogs it is not for.
            throw ApiException.Forbidden("This token is for another blog.");
        }

        // A personal token acts as its member: posts are attributed to the user, not to the token.
        return new BlogAccess(blog, IsAdmin: false, info.Role, info.OwnerId);
    }

    private bool IsAdmin(string token)
    {
        var admin = options.Value.AdminToken;
        if (string.IsNullOrEmpty(admin))
        {
            return false;
        }

        // Compare digests: equal lengths, so the comparison time says nothing about the configured token.
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(token)), SHA256.HashData(Encoding.UTF8.GetBytes(admin)));
    }
}
