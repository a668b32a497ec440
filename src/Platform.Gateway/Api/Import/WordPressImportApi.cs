using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Platform.Blogging.Import.WordPress;
using Platform.Gateway.Api.Bodies;
using Platform.Gateway.Api.Errors;

namespace Platform.Gateway.Api.Import;

/// <summary>
/// <c>POST /api/v1/blogs/{blog}/import/wordpress</c>: a WordPress WXR file as the body (owners and editors), with an
/// optional <c>?downloadAttachments=true</c>. A DOCTYPE is refused; the whole file is checked before anything is stored.
/// </summary>
internal static class WordPressImportApi
{
    public const string Xml = "application/xml";
    public const string TextXml = "text/xml";

    public static RouteGroupBuilder MapWordPressImportApi(this RouteGroupBuilder api)
    {
        api.MapPost("/blogs/{blog}/import/wordpress", ImportAsync).WithName("ImportWordPress")
            .WithSummary("Import a WordPress WXR export (application/xml or text/xml): posts, pages, categories, tags, slugs, dates and status; attachments are reported, and downloaded into the blog's media when asked. Importing again updates or skips, never duplicates.")
            .WithDescription("downloadAttachments (optional, true or false): download the attachments on the export's own hosts into the blog's media and link the posts to them; others are never fetched. A file with a DOCTYPE is refused.")
            .Accepts<string>(Xml, TextXml)
            .WithMetadata(new RequestSizeLimitAttribute(AuthorApiDefaults.MaxImportBodyBytes))
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(413).ProducesProblem(415).ProducesProblem(429);
        return api;
    }

    public static async Task<Results<Ok<WordPressImportReportResource>, ProblemHttpResult>> ImportAsync(
        string blog, string? downloadAttachments, [AsParameters] ApiServices services, WordPressImporter importer)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(importer);
        var access = await services.Auth.AuthorizeAsync(services.Request, blog);
        access.RequireEditor();
        await services.Authoring.GetBlogAsync(blog);
        RequestBodies.RequireMediaType(services.Request, Xml, TextXml);
        var options = new WordPressImportOptions { DownloadAttachments = Flag(downloadAttachments) };
        var bytes = await RequestBodies.ReadBytesAsync(services.Request, services.Options.Value.MaxImportBytes, services.Aborted);
        using var body = new MemoryStream(bytes, writable: false);
        var prepared = await ExportFileProblems.RefuseUnreadableAsync(() => importer.ReadAsync(blog, body, services.Aborted));
        var report = await importer.ImportAsync(blog, prepared, options, cancellationToken: services.Aborted);
        var posts = await ImportReportResources.FromAsync(report.Posts, blog, services);
        var attachments = report.Attachments.Select(AttachmentResource.From).ToArray();
        return TypedResults.Ok(new WordPressImportReportResource(posts.Imported, posts.Updated, posts.Skipped, posts.Failed, posts.Files, attachments));
    }

    private static bool Flag(string? text) => text switch
    {
        null or "" => false,
        _ when bool.TryParse(text, out var value) => value,
        _ => throw ApiException.BadRequest("downloadAttachments", "downloadAttachments must be true or false."),
    };
}
