using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Platform.Blogging.Import;
using Platform.Gateway.Api.Bodies;
using Platform.Gateway.Api.Errors;

namespace Platform.Gateway.Api.Import;

/// <summary><c>POST /api/v1/blogs/{blog}/import/jekyll</c>: a zip of a Jekyll site (or of its <c>_posts</c>), owners and editors.</summary>
internal static class ImportApi
{
    public const string Zip = "application/zip";
    public const string Multipart = "multipart/form-data";

    public static RouteGroupBuilder MapImportApi(this RouteGroupBuilder api)
    {
        api.MapPost("/blogs/{blog}/import/jekyll", ImportAsync).WithName("ImportJekyll")
            .WithSummary("Import a zip of Jekyll posts (application/zip, or multipart/form-data with one file); importing again updates or skips, never duplicates.")
            .Accepts<IFormFile>(Multipart, Zip).WithMetadata(ZipBody.Instance)
            .WithMetadata(new RequestSizeLimitAttribute(AuthorApiDefaults.MaxImportBodyBytes))
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(413).ProducesProblem(415).ProducesProblem(429);
        return api;
    }

    public static async Task<Results<Ok<ImportReportResource>, ProblemHttpResult>> ImportAsync(string blog, [AsParameters] ApiServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var access = await services.Auth.AuthorizeAsync(services.Request, blog);
        access.RequireEditor();
        await services.Authoring.GetBlogAsync(blog);
        var limit = services.Options.Value.MaxImportBytes;
        var mediaType = RequestBodies.RequireMediaType(services.Request, Zip, Multipart);
        using var zip = new MemoryStream();
        if (mediaType == Zip)
        {
            var bytes = await RequestBodies.ReadBytesAsync(services.Request, limit, services.Aborted);
            await zip.WriteAsync(bytes, services.Aborted);
        }
        else
        {
            if (services.Request.ContentLength > limit)
            {
                throw ApiException.TooLarge(limit);
            }

            var form = await ReadFormAsync(services.Request, limit, services.Aborted);
            var file = form.Files.Count == 1 ? form.Files[0] : throw ApiException.BadRequest("file", "Send exactly one file (the zip) in the form.");
            if (file.Length > limit)
            {
                throw ApiException.TooLarge(limit);
            }

            await file.CopyToAsync(zip, services.Aborted);
        }

        zip.Position = 0;
        var report = await services.Importer.ImportZipAsync(blog, zip, cancellationToken: services.Aborted);
        var after = await services.Authoring.GetBlogAsync(blog);
        var files = report.Files
            .Select(f => new ImportFileResource(
                f.Path,
                Outcome(f.Outcome),
                f.PostId,
                f.Permalink is null ? null : services.Urls.PostUrl(services.Request, after.Settings, f.Permalink),
                f.Reason))
            .ToArray();
        return TypedResults.Ok(new ImportReportResource(
            report.Count(ImportOutcome.Imported), report.Count(ImportOutcome.Updated), report.Count(ImportOutcome.Skipped), report.Count(ImportOutcome.Failed), files)
        {
            Media = ImportMediaResource.From(report.Media),
        });
    }

    private static async Task<IFormCollection> ReadFormAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        try
        {
            return await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit }, cancellationToken);
        }
        catch (InvalidDataException exception)
        {
            throw ApiException.BadRequest("file", "The form is not readable multipart/form-data: " + exception.Message);
        }
    }

    private static string Outcome(ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.Imported => "imported",
        ImportOutcome.Updated => "updated",
        ImportOutcome.Skipped => "skipped",
        _ => "failed",
    };
}
