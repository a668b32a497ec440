using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Blogging.Access;
using Platform.Blogging.Blogs;
using Platform.Gateway.Api.Bodies;
using Platform.Gateway.Api.Errors;
using Platform.Gateway.Api.Tokens;

namespace Platform.Gateway.Api.Blogs;

/// <summary><c>/api/v1/blogs</c>: create (administrator), read (any token of the blog), change settings (owner).</summary>
internal static class BlogsApi
{
    public static RouteGroupBuilder MapBlogsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/blogs", CreateBlogAsync).WithName("CreateBlog").WithSummary("Create a blog (administrator); answers with its first owner token.")
            .Accepts<CreateBlogRequest>(RequestBodies.Json)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(409).ProducesProblem(413).ProducesProblem(415).ProducesProblem(429);
        api.MapGet("/blogs/{blog}", GetBlogAsync).WithName("GetBlog").WithSummary("A blog's settings.")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(429);
        api.MapPatch("/blogs/{blog}", UpdateBlogAsync).WithName("UpdateBlog").WithSummary("Change a blog's settings (owner): title, locale, time zone, permalink pattern, custom domains...")
            .Accepts<UpdateBlogRequest>(RequestBodies.Json)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(413).ProducesProblem(415).ProducesProblem(429);
        return api;
    }

    public static async Task<Results<Created<CreatedBlogResponse>, ProblemHttpResult>> CreateBlogAsync([AsParameters] ApiServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!services.Auth.AdminEnabled)
        {
            return ApiProblems.Create(StatusCodes.Status403Forbidden, "admin-disabled", "Creating blogs over the API is off: the platform has no Platform:AdminToken.");
        }

        await services.Auth.RequireAdminAsync(services.Request);
        var body = await RequestBodies.ReadJsonAsync<CreateBlogRequest>(services.Request, 64 * 1024, services.Aborted);
        BlogName.Validate(body.Name);
        var defaults = new BlogSettings { Name = body.Name!, Title = body.Title ?? "" };
        var settings = await services.Authoring.CreateBlogAsync(defaults with
        {
            Locale = body.Locale ?? defaults.Locale,
            TimeZone = body.TimeZone ?? defaults.TimeZone,
            Description = body.Description ?? defaults.Description,
            Author = body.Author ?? defaults.Author,
            PermalinkPattern = body.PermalinkPattern ?? defaults.PermalinkPattern,
            CustomDomains = body.CustomDomains ?? defaults.CustomDomains,
            PostsPerPage = body.PostsPerPage ?? defaults.PostsPerPage,
        });
        await services.Domains.RefreshAsync();
        var issued = await services.Grains.GetGrain<IBlogAccessGrain>(settings.Name).Issue(body.OwnerTokenName ?? "owner", TokenRole.Owner);
        AuthorApiLog.BlogCreated(services.Logger, settings.Name);
        var blog = BlogResource.From(settings, services.Urls.BlogUrl(services.Request, settings));
        return TypedResults.Created($"/api/v1/blogs/{settings.Name}", new CreatedBlogResponse(blog, IssuedTokenResource.From(issued)));
    }

    public static async Task<Results<Ok<BlogResource>, ProblemHttpResult>> GetBlogAsync(string blog, [AsParameters] ApiServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        await services.Auth.AuthorizeAsync(services.Request, blog);
        var snapshot = await services.Authoring.GetBlogAsync(blog);
        return TypedResults.Ok(BlogResource.From(snapshot.Settings, services.Urls.BlogUrl(services.Request, snapshot.Settings)));
    }

    public static async Task<Results<Ok<BlogResource>, ProblemHttpResult>> UpdateBlogAsync(string blog, [AsParameters] ApiServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var access = await services.Auth.AuthorizeAsync(services.Request, blog);
        access.RequireOwner();
        await services.Authoring.GetBlogAsync(blog);
        var body = await RequestBodies.ReadJsonAsync<UpdateBlogRequest>(services.Request, 64 * 1024, services.Aborted);
        var settings = await services.Authoring.UpdateBlogAsync(blog, body.ToUpdate());
        await services.Domains.RefreshAsync();
        return TypedResults.Ok(BlogResource.From(settings, services.Urls.BlogUrl(services.Request, settings)));
    }
}
