using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Blogging.Revisions;
using Platform.Gateway.Api.Errors;

namespace Platform.Gateway.Api.Posts;

/// <summary>
/// <c>/api/v1/blogs/{blog}/posts/{id}/revisions</c>: a post's history, one revision, and restoring one as a new
/// revision and a new post version. The same role rules as editing the post.
/// </summary>
internal static class PostRevisionsApi
{
    public static RouteGroupBuilder MapPostRevisionsApi(this RouteGroupBuilder api)
    {
        const string revisions = "/blogs/{blog}/posts/{id}/revisions";
        api.MapGet(revisions, ListAsync).WithName("ListPostRevisions").WithSummary("The post's kept revisions, newest first (Blogging:Revisions of them at most).")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(429);
        api.MapGet(revisions + "/{n}", GetAsync).WithName("GetPostRevision").WithSummary("One kept revision with its Markdown (front matter included).")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(429);
        api.MapPost(revisions + "/{n}/restore", RestoreAsync).WithMetadata(PostConcurrency.OptionalIfMatch).WithName("RestorePostRevision")
            .WithSummary("Save a kept revision's Markdown as the post's content: a new post version and a new revision; the post keeps its status. If-Match is optional.")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(412).ProducesProblem(429);
        return api;
    }

    public static async Task<Results<Ok<RevisionList>, ProblemHttpResult>> ListAsync(string blog, string id, [AsParameters] ApiServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var access = await services.Auth.AuthorizeAsync(services.Request, blog);
        await services.Authoring.GetBlogAsync(blog);
        access.RequireCanEdit(await services.Authoring.GetPostAsync(blog, id));
        var list = await services.Authoring.ListRevisionsAsync(blog, id);
        return TypedResults.Ok(new RevisionList([.. list.Select(r => Resource(r, null))], services.Blogging.Value.Revisions));
    }

    public static async Task<Results<Ok<RevisionResource>, ProblemHttpResult>> GetAsync(string blog, string id, string n, [AsParameters] ApiServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var access = await services.Auth.AuthorizeAsync(services.Request, blog);
        var number = Number(n);
        await services.Authoring.GetBlogAsync(blog);
        access.RequireCanEdit(await services.Authoring.GetPostAsync(blog, id));
        var revision = await services.Authoring.GetRevisionAsync(blog, id, number) ?? throw NotFound(id, number);
        return TypedResults.Ok(Resource(revision.Info, revision.Source));
    }

    public static async Task<Results<Ok<PostResource>, ProblemHttpResult>> RestoreAsync(string blog, string id, string n, [AsParameters] ApiServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var access = await services.Auth.AuthorizeAsync(services.Request, blog);
        var number = Number(n);
        var ifMatch = EntityTags.IfMatch(services.Request);
        var snapshot = await services.Authoring.GetBlogAsync(blog);
        var current = await services.Authoring.GetPostAsync(blog, id);
        access.RequireCanEdit(current);
        var expected = ifMatch is null ? current.Revision : EntityTags.Expected(ifMatch, current.Revision) ?? current.Revision;
        var saved = await services.Authoring.RestoreRevisionAsync(blog, id, number, expected, access.TokenId, forceDraft: access.DraftsOnly)
            ?? throw NotFound(id, number);
        services.Context.Response.Headers.ETag = EntityTags.Of(saved.Document.Revision);
        var url = services.Urls.PostUrl(services.Request, snapshot.Settings, saved.Entry.Permalink);
        return TypedResults.Ok(PostResources.Full(saved.Document, saved.Entry, url, services.Time.GetUtcNow()));
    }

    /// <summary>The resource of a revision; <paramref name="markdown"/> only when one revision is read.</summary>
    public static RevisionResource Resource(PostRevisionInfo info, string? markdown)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new RevisionResource(info.Number, info.At, info.By, ReasonName(info.Reason), info.Title, info.PostVersion, info.Length, info.RestoredFrom, markdown);
    }

    public static string ReasonName(RevisionReason reason) => reason switch
    {
        RevisionReason.Publish => "publish",
        RevisionReason.Unpublish => "unpublish",
        RevisionReason.Schedule => "schedule",
        RevisionReason.Restore => "restore",
        _ => "save",
    };

    private static long Number(string n) =>
        long.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1
            ? number
            : throw ApiException.BadRequest("n", "A revision number is a whole number from 1.");

    private static ApiException NotFound(string id, long number) =>
        new(StatusCodes.Status404NotFound, "revision-not-found", $"Post '{id}' has no revision {number} (it was never made or is no longer kept).");
}
