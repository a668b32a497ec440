using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Blogging.Access;
using Platform.Gateway.Api.Bodies;
using Platform.Gateway.Api.Errors;

namespace Platform.Gateway.Api.Tokens;

/// <summary><c>/api/v1/blogs/{blog}/tokens</c>: issue, list and revoke a blog's tokens (owner).</summary>
internal static class TokensApi
{
    public static RouteGroupBuilder MapTokensApi(this RouteGroupBuilder api)
    {
        api.MapPost("/blogs/{blog}/tokens", IssueAsync).WithName("IssueToken").WithSummary("Issue a token with a role (owner); its secret is shown once.")
            .Accepts<CreateTokenRequest>(RequestBodies.Json)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(413).ProducesProblem(415).ProducesProblem(429);
        api.MapGet("/blogs/{blog}/tokens", ListAsync).WithName("ListTokens").WithSummary("The blog's tokens, without secrets (owner).")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(429);
        api.MapDelete("/blogs/{blog}/tokens/{tokenId}", RevokeAsync).WithName("RevokeToken").WithSummary("Revoke a token (owner).")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(429);
        return api;
    }

    public static async Task<Results<Created<IssuedTokenResource>, ProblemHttpResult>> IssueAsync(string blog, [AsParameters] ApiServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var access = await services.Auth.AuthorizeAsync(services.Request, blog);
        access.RequireOwner();
        await services.Authoring.GetBlogAsync(blog);
        var body = await RequestBodies.ReadJsonAsync<CreateTokenRequest>(services.Request, 16 * 1024, services.Aborted);
        var role = TokenRoles.Parse(body.Role);
        var issued = await services.Grains.GetGrain<IBlogAccessGrain>(blog).Issue(body.Name ?? "", role);
        AuthorApiLog.TokenIssued(services.Logger, issued.Info.Id, role, blog);
        return TypedResults.Created($"/api/v1/blogs/{blog}/tokens/{issued.Info.Id}", IssuedTokenResource.From(issued));
    }

    public static async Task<Results<Ok<TokenResource[]>, ProblemHttpResult>> ListAsync(string blog, [AsParameters] ApiServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var access = await services.Auth.AuthorizeAsync(services.Request, blog);
        access.RequireOwner();
        await services.Authoring.GetBlogAsync(blog);
        var tokens = await services.Grains.GetGrain<IBlogAccessGrain>(blog).List();
        return TypedResults.Ok(tokens.Select(TokenResource.From).ToArray());
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(string blog, string tokenId, [AsParameters] ApiServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var access = await services.Auth.AuthorizeAsync(services.Request, blog);
        access.RequireOwner();
        await services.Authoring.GetBlogAsync(blog);
        if (!await services.Grains.GetGrain<IBlogAccessGrain>(blog).Revoke(tokenId))
        {
            return ApiProblems.Create(StatusCodes.Status404NotFound, "token-not-found", $"Blog '{blog}' has no token '{tokenId}'.");
        }

        AuthorApiLog.TokenRevoked(services.Logger, tokenId, blog);
        return TypedResults.NoContent();
    }
}
