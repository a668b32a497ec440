using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Platform.Blogging.Import.Ghost;
using Platform.Gateway.Api.Bodies;
using Platform.Gateway.Api.Errors;

namespace Platform.Gateway.Api.Import;

/// <summary>
/// <c>POST /api/v1/blogs/{blog}/import/ghost</c>: a Ghost JSON export as the body (owners and editors), with an optional
/// <c>?siteUrl=</c> for Ghost's links to its own files. The whole file is checked before anything is stored.
/// </summary>
internal static class GhostImportApi
{
    public static RouteGroupBuilder MapGhostImportApi(this RouteGroupBuilder api)
    {
        api.MapPost("/blogs/{blog}/import/ghost", ImportAsync).WithName("ImportGhost")
            .WithSummary("Import a Ghost JSON export (application/json): posts, pages, tags, authors, dates, slugs, feature images and status. Importing again updates or skips, never duplicates.")
            .WithDescription("siteUrl (optional): the old Ghost site's address; Ghost's __GHOST_URL__ links then point there instead of becoming root-relative.")
            .Accepts<object>(RequestBodies.Json)
            .WithMetadata(new RequestSizeLimitAttribute(AuthorApiDefaults.MaxImportBodyBytes))
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(413).ProducesProblem(415).ProducesProblem(429);
        return api;
    }

    public static async Task<Results<Ok<ImportReportResource>, ProblemHttpResult>> ImportAsync(string blog, string? siteUrl, [AsParameters] ApiServices services, GhostImporter importer)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(importer);
        var access = await services.Auth.AuthorizeAsync(services.Request, blog);
        access.RequireEditor();
        await services.Authoring.GetBlogAsync(blog);
        RequestBodies.RequireMediaType(services.Request, RequestBodies.Json);
        var options = new GhostImportOptions { SiteUrl = SiteUrl(siteUrl) };
        var bytes = await RequestBodies.ReadBytesAsync(services.Request, services.Options.Value.MaxImportBytes, services.Aborted);
        using var body = new MemoryStream(bytes, writable: false);
        var items = await ExportFileProblems.RefuseUnreadableAsync(() => importer.ReadAsync(blog, body, options, services.Aborted));
        var report = await importer.ImportAsync(blog, items, cancellationToken: services.Aborted);
        return TypedResults.Ok(await ImportReportResources.FromAsync(report, blog, services));
    }

    private static Uri? SiteUrl(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return text.Length <= 2000 && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw ApiException.BadRequest("siteUrl", "siteUrl must be the old site's absolute http or https address.");
    }
}
