using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Blogging.Access;
using Platform.Blogging.Accounts;
using Platform.Blogging.Blogs;
using Platform.Gateway.Api.Bodies;
using Platform.Gateway.Api.Errors;
using Platform.Gateway.Api.Tokens;
using Platform.Gateway.Mail;
using Platform.Gateway.Studio.Accounts;

namespace Platform.Gateway.Api.Blogs;

/// <summary><c>/api/v1/blogs</c>: create one or a batch (administrator), read (any token of the blog), change settings (owner).</summary>
internal static class BlogsApi
{
    public static RouteGroupBuilder MapBlogsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/blogs", CreateBlogAsync).WithName("CreateBlog").WithSummary("Create a blog (administrator); answers with its first owner token and a one-time invitation link for the owner's studio account.")
            .Accepts<CreateBlogRequest>(RequestBodies.Json)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(409).ProducesProblem(413).ProducesProblem(415).ProducesProblem(429);
        api.MapPost("/blogs/batch", CreateBlogsAsync).WithName("CreateBlogs")
            .WithSummary($"Create up to {BatchLimit} blogs in one request (administrator); answers each one's result in order.")
            .Accepts<CreateBlogsRequest>(RequestBodies.Json)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(413).ProducesProblem(415).ProducesProblem(429);
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
        var created = await CreateOneAsync(services, body);
        if (created.Blog.CustomDomains.Count > 0)
        {
            await services.Domains.RefreshAsync();
        }

        return TypedResults.Created($"/api/v1/blogs/{created.Blog.Name}", created);
    }

    /// <summary>The most blogs one batch creates.</summary>
    public const int BatchLimit = 1000;

    /// <summary>
    /// Creates many blogs in one request, a few at a time: the administrator's bulk path. Each blog succeeds or fails
    /// on its own; the answer lists every result in the request's order. The request counts once against the
    /// token's rate limit.
    /// </summary>
    public static async Task<Results<Ok<CreateBlogsResponse>, ProblemHttpResult>> CreateBlogsAsync([AsParameters] ApiServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!services.Auth.AdminEnabled)
        {
            return ApiProblems.Create(StatusCodes.Status403Forbidden, "admin-disabled", "Creating blogs over the API is off: the platform has no Platform:AdminToken.");
        }

        await services.Auth.RequireAdminAsync(services.Request);
        var body = await RequestBodies.ReadJsonAsync<CreateBlogsRequest>(services.Request, 4 * 1024 * 1024, services.Aborted);
        if (body.Blogs is not { Count: > 0 } blogs)
        {
            throw new ApiException(StatusCodes.Status400BadRequest, "invalid-input", "The body needs a non-empty 'blogs' array.", "blogs");
        }

        if (blogs.Count > BatchLimit)
        {
            throw new ApiException(StatusCodes.Status400BadRequest, "invalid-input", $"A batch creates at most {BatchLimit} blogs; this one has {blogs.Count}.", "blogs");
        }

        var results = new CreateBlogsResult[blogs.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, blogs.Count), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = services.Aborted }, async (i, _) =>
        {
            try
            {
                results[i] = new CreateBlogsResult(StatusCodes.Status201Created, await CreateOneAsync(services, blogs[i] ?? new CreateBlogRequest(null, null)), null);
            }
            catch (Exception exception) when (ApiProblems.FromException(exception) is { } problem)
            {
                results[i] = new CreateBlogsResult(problem.StatusCode, null, problem.ProblemDetails);
            }
        });
        if (results.Any(r => r.Created?.Blog.CustomDomains.Count > 0))
        {
            await services.Domains.RefreshAsync();
        }

        return TypedResults.Ok(new CreateBlogsResponse(results.Count(r => r.Created is not null), results.Count(r => r.Created is null), results));
    }

    private static async Task<CreatedBlogResponse> CreateOneAsync(ApiServices services, CreateBlogRequest body)
    {
        BlogName.Validate(body.Name);
        string? ownerEmail = null;
        if (body.OwnerEmail is not null)
        {
            if (!EmailAddress.TryNormalize(body.OwnerEmail, out var normalized))
            {
                throw ApiException.BadRequest("ownerEmail", "ownerEmail must be an email address.");
            }

            ownerEmail = normalized;
        }

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
            MarkdownDialect = body.MarkdownDialect ?? defaults.MarkdownDialect,
            ExcerptSeparator = string.IsNullOrEmpty(body.ExcerptSeparator) ? null : body.ExcerptSeparator,
        });
        var access = services.Grains.GetGrain<IBlogAccessGrain>(settings.Name);
        var issued = await access.Issue(body.OwnerTokenName ?? "owner", TokenRole.Owner);
        var invitation = await access.Invite(ownerEmail, TokenRole.Owner, "admin");
        var link = StudioUrls.Invitation(services.Request, invitation.Token);
        var mailed = false;
        if (ownerEmail is not null)
        {
            var mail = services.Context.RequestServices.GetRequiredService<MailSender>();
            var korean = settings.Locale.StartsWith("ko", StringComparison.OrdinalIgnoreCase);
            mailed = await mail.SendAsync(StudioMail.Invitation(ownerEmail, settings.Title, TokenRole.Owner, link, invitation.Info.ExpiresAt, korean), services.Aborted);
        }

        AuthorApiLog.BlogCreated(services.Logger, settings.Name);
        var blog = BlogResource.From(settings, services.Urls.BlogUrl(services.Request, settings));
        return new CreatedBlogResponse(blog, IssuedTokenResource.From(issued), new OwnerInvitationResource(link, ownerEmail, invitation.Info.ExpiresAt, mailed));
    }

    public static async Task<Results<Ok<BlogResource>, ProblemHttpResult>> GetBlogAsync(string blog, [AsParameters] ApiServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        await services.Auth.AuthorizeAsync(services.Request, blog);
        var settings = await services.Authoring.GetSettingsAsync(blog);
        return TypedResults.Ok(BlogResource.From(settings, services.Urls.BlogUrl(services.Request, settings)));
    }

    public static async Task<Results<Ok<BlogResource>, ProblemHttpResult>> UpdateBlogAsync(string blog, [AsParameters] ApiServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var access = await services.Auth.AuthorizeAsync(services.Request, blog);
        access.RequireOwner();
        await services.Authoring.GetSettingsAsync(blog);
        var body = await RequestBodies.ReadJsonAsync<UpdateBlogRequest>(services.Request, 64 * 1024, services.Aborted);
        var settings = await services.Authoring.UpdateBlogAsync(blog, body.ToUpdate());
        if (body.CustomDomains is not null)
        {
            await services.Domains.RefreshAsync();
        }
        return TypedResults.Ok(BlogResource.From(settings, services.Urls.BlogUrl(services.Request, settings)));
    }
}
