using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Blogging.Authoring;
using Platform.Blogging.Blogs;
using Platform.Blogging.Errors;
using Platform.Blogging.Posts;
using Platform.Gateway.Api.Auth;
using Platform.Gateway.Api.Bodies;
using Platform.Gateway.Api.Errors;

namespace Platform.Gateway.Api.Posts;

/// <summary><c>/api/v1/blogs/{blog}/posts</c>: list, create, read, replace, delete, publish, unpublish, schedule.</summary>
internal static class PostsApi
{
    public const int MaxLimit = 100;

    public static RouteGroupBuilder MapPostsApi(this RouteGroupBuilder api)
    {
        const string posts = "/blogs/{blog}/posts";
        api.MapGet(posts, ListAsync).WithName("ListPosts").WithSummary("A page of the blog's posts, newest first; filters: status, tag.")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(429);
        api.MapPost(posts, CreateAsync).WithMetadata(PostConcurrency.ETagOnly).WithName("CreatePost").WithSummary("Create a post from a Markdown file (text/markdown) or JSON.")
            .Accepts<PostInput>(RequestBodies.Json, RequestBodies.Markdown).WithMetadata(MarkdownBody.Instance)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(413).ProducesProblem(415).ProducesProblem(429);
        api.MapGet(posts + "/{id}", GetAsync).WithMetadata(PostConcurrency.ETagOnly).WithName("GetPost").WithSummary("A post: source, rendered HTML, status, dates, counters; ETag header.")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(429);
        api.MapPut(posts + "/{id}", ReplaceAsync).WithMetadata(PostConcurrency.RequiredIfMatch).WithName("ReplacePost").WithSummary("Replace a post's content; If-Match with its ETag is required.")
            .Accepts<PostInput>(RequestBodies.Json, RequestBodies.Markdown).WithMetadata(MarkdownBody.Instance)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(412).ProducesProblem(413)
            .ProducesProblem(415).ProducesProblem(428).ProducesProblem(429);
        api.MapDelete(posts + "/{id}", DeleteAsync).WithMetadata(PostConcurrency.OptionalIfMatch).WithName("DeletePost").WithSummary("Delete a post; If-Match is optional.")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(412).ProducesProblem(429);
        api.MapPost(posts + "/{id}/publish", PublishAsync).WithMetadata(PostConcurrency.OptionalIfMatch).WithName("PublishPost").WithSummary("Make a post public now (a future date is kept); If-Match is optional.")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(412).ProducesProblem(429);
        api.MapPost(posts + "/{id}/unpublish", UnpublishAsync).WithMetadata(PostConcurrency.OptionalIfMatch).WithName("UnpublishPost").WithSummary("Make a post a draft; If-Match is optional.")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(412).ProducesProblem(429);
        api.MapPost(posts + "/{id}/schedule", ScheduleAsync).WithMetadata(PostConcurrency.OptionalIfMatch).WithName("SchedulePost").WithSummary("Make a post public at a future time; If-Match is optional.")
            .Accepts<ScheduleRequest>(RequestBodies.Json)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(412).ProducesProblem(413)
            .ProducesProblem(415).ProducesProblem(429);
        return api;
    }

    public static async Task<Results<Ok<PostList>, ProblemHttpResult>> ListAsync(
        string blog, string? page, string? limit, string? status, string? tag, [AsParameters] ApiServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        await services.Auth.AuthorizeAsync(services.Request, blog);
        var pageNumber = ParseBounded(page, "page", 1, 1, int.MaxValue);
        var pageSize = ParseBounded(limit, "limit", 15, 1, MaxLimit);
        PostStatus? wanted = status switch
        {
            null or "" => null,
            "draft" => PostStatus.Draft,
            "scheduled" => PostStatus.Scheduled,
            "published" => PostStatus.Published,
            _ => throw ApiException.BadRequest("status", "The status filter must be draft, scheduled or published."),
        };
        var snapshot = await services.Authoring.GetBlogAsync(blog);
        var now = services.Time.GetUtcNow();
        var matching = snapshot.All
            .Where(p => wanted is null || p.StatusAt(now) == wanted)
            .Where(p => string.IsNullOrEmpty(tag) || p.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase))
            .ToArray();
        var pages = (int)Math.Ceiling(matching.Length / (double)pageSize);
        var items = matching.Skip((int)Math.Min((long)(pageNumber - 1) * pageSize, int.MaxValue)).Take(pageSize)
            .Select(p => PostResources.Summary(p, services.Urls.PostUrl(services.Request, snapshot.Settings, p.Permalink), now))
            .ToArray();
        var pagination = new Pagination(pageNumber, pageSize, pages, matching.Length, pageNumber < pages ? pageNumber + 1 : null, pageNumber > 1 ? pageNumber - 1 : null);
        return TypedResults.Ok(new PostList(items, new PostListMeta(pagination)));
    }

    public static async Task<Results<Created<PostResource>, ProblemHttpResult>> CreateAsync(string blog, [AsParameters] ApiServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var access = await services.Auth.AuthorizeAsync(services.Request, blog);
        var snapshot = await services.Authoring.GetBlogAsync(blog);
        var source = await ReadSourceAsync(services, access, current: null);
        var saved = await services.Authoring.CreatePostAsync(blog, source, sourceName: null, ownerId: access.TokenId);
        var resource = Resource(services, snapshot.Settings, saved.Document, saved.Entry);
        services.Context.Response.Headers.ETag = EntityTags.Of(saved.Document.Revision);
        return TypedResults.Created($"/api/v1/blogs/{blog}/posts/{saved.Document.Id}", resource);
    }

    public static async Task<Results<Ok<PostResource>, ProblemHttpResult>> GetAsync(string blog, string id, [AsParameters] ApiServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        await services.Auth.AuthorizeAsync(services.Request, blog);
        var snapshot = await services.Authoring.GetBlogAsync(blog);
        var document = await services.Authoring.GetPostAsync(blog, id);
        return Ok(services, snapshot.Settings, document, snapshot.ById.GetValueOrDefault(id));
    }

    public static async Task<Results<Ok<PostResource>, ProblemHttpResult>> ReplaceAsync(string blog, string id, [AsParameters] ApiServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var access = await services.Auth.AuthorizeAsync(services.Request, blog);
        var ifMatch = EntityTags.IfMatch(services.Request);
        if (ifMatch is null)
        {
            return ApiProblems.Create(StatusCodes.Status428PreconditionRequired, "precondition-required", "Send If-Match with the post's ETag (from GET or the last write), or '*' to overwrite whatever is there.", "If-Match");
        }

        var snapshot = await services.Authoring.GetBlogAsync(blog);
        var current = await services.Authoring.GetPostAsync(blog, id);
        access.RequireCanEdit(current);
        var expected = Check(ifMatch, current) ?? current.Revision;
        var source = await ReadSourceAsync(services, access, current);
        var saved = await services.Authoring.UpdatePostAsync(blog, id, source, expected, savedBy: access.TokenId);
        return Ok(services, snapshot.Settings, saved.Document, saved.Entry);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string blog, string id, [AsParameters] ApiServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var access = await services.Auth.AuthorizeAsync(services.Request, blog);
        var ifMatch = EntityTags.IfMatch(services.Request);
        await services.Authoring.GetBlogAsync(blog);
        var current = await services.Authoring.GetPostAsync(blog, id);
        access.RequireCanEdit(current);
        var expected = ifMatch is null ? null : Check(ifMatch, current);
        await services.Authoring.DeletePostAsync(blog, id, expected);
        return TypedResults.NoContent();
    }

    public static Task<Results<Ok<PostResource>, ProblemHttpResult>> PublishAsync(string blog, string id, [AsParameters] ApiServices services) =>
        ChangeStatusAsync(blog, id, PostStatusChange.Publish, services);

    public static Task<Results<Ok<PostResource>, ProblemHttpResult>> UnpublishAsync(string blog, string id, [AsParameters] ApiServices services) =>
        ChangeStatusAsync(blog, id, PostStatusChange.Unpublish, services);

    public static Task<Results<Ok<PostResource>, ProblemHttpResult>> ScheduleAsync(string blog, string id, [AsParameters] ApiServices services) =>
        ChangeStatusAsync(blog, id, PostStatusChange.Schedule, services);

    private static async Task<Results<Ok<PostResource>, ProblemHttpResult>> ChangeStatusAsync(string blog, string id, PostStatusChange change, ApiServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var access = await services.Auth.AuthorizeAsync(services.Request, blog);
        var ifMatch = EntityTags.IfMatch(services.Request);
        var snapshot = await services.Authoring.GetBlogAsync(blog);
        var current = await services.Authoring.GetPostAsync(blog, id);
        access.RequireCanPublish(current);
        var expected = ifMatch is null ? null : Check(ifMatch, current);
        DateTimeOffset? at = null;
        if (change == PostStatusChange.Schedule)
        {
            var body = await RequestBodies.ReadJsonAsync<ScheduleRequest>(services.Request, 16 * 1024, services.Aborted);
            at = body.At ?? throw ApiException.BadRequest("at", "Send the time to publish at, e.g. {\"at\": \"2030-01-01T09:00:00+09:00\"}.");
        }

        var saved = await services.Authoring.ChangeStatusAsync(blog, id, change, at, expected, access.TokenId);
        return Ok(services, snapshot.Settings, saved.Document, saved.Entry);
    }

    /// <summary>412 now when the header cannot match; else the revision the domain checks again atomically (null for <c>*</c>).</summary>
    private static long? Check(IReadOnlyList<long> ifMatch, PostDocument current)
    {
        var expected = EntityTags.Expected(ifMatch, current.Revision);
        if (expected is { } revision && revision != current.Revision)
        {
            throw new RevisionMismatchException(current.Id, revision, current.Revision);
        }

        return expected;
    }

    private static async Task<PostSource> ReadSourceAsync(ApiServices services, BlogAccess access, PostDocument? current)
    {
        var maxMarkdown = services.Blogging.Value.MaxBodyBytes;
        var mediaType = RequestBodies.RequireMediaType(services.Request, RequestBodies.Markdown, RequestBodies.Json);
        string markdown;
        if (mediaType == RequestBodies.Markdown)
        {
            markdown = RequestBodies.DecodeText(await RequestBodies.ReadBytesAsync(services.Request, maxMarkdown, services.Aborted), "body");
        }
        else
        {
            var input = RequestBodies.ParseJson<PostInput>(await RequestBodies.ReadBytesAsync(services.Request, services.MaxJsonBytes, services.Aborted));
            if (access.DraftsOnly && input.Status is not (null or "draft"))
            {
                throw ApiException.Forbidden("A contributor may save only drafts.");
            }

            if (input.Markdown?.Contains('\0', StringComparison.Ordinal) == true)
            {
                throw ApiException.BadRequest("markdown", "The Markdown contains NUL characters.");
            }

            markdown = PostMarkdownBuilder.Build(input, services.Time.GetUtcNow(), currentlyDraft: current is null || current.Content.IsDraft);
            if (Encoding.UTF8.GetByteCount(markdown) > maxMarkdown)
            {
                throw ApiException.TooLarge(maxMarkdown);
            }
        }

        return new PostSource(markdown, ForceDraft: access.DraftsOnly);
    }

    private static Ok<PostResource> Ok(ApiServices services, BlogSettings settings, PostDocument document, PostEntry? entry)
    {
        services.Context.Response.Headers.ETag = EntityTags.Of(document.Revision);
        return TypedResults.Ok(Resource(services, settings, document, entry));
    }

    private static PostResource Resource(ApiServices services, BlogSettings settings, PostDocument document, PostEntry? entry)
    {
        var url = services.Urls.PostUrl(services.Request, settings, entry?.Permalink ?? PostResources.FallbackPermalink(document));
        return PostResources.Full(document, entry, url, services.Time.GetUtcNow());
    }

    private static int ParseBounded(string? value, string field, int fallback, int min, int max)
    {
        if (string.IsNullOrEmpty(value))
        {
            return fallback;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw ApiException.BadRequest(field, $"'{field}' must be a whole number from {min} to {max}.");
    }
}
