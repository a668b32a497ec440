using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Platform.Blogging.Import.Jekyll;
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
            .WithSummary("Import a Jekyll site as a zip (application/zip, or multipart/form-data with one file): _config.yml, _posts and _drafts, Liquid resolved; importing again updates or skips, never duplicates.")
            .WithDescription("applyConfig (optional, default false): apply _config.yml's title, description, timezone, permalink and excerpt_separator to a blog that has posts already (a blog without posts always takes them).")
            .Accepts<IFormFile>(Multipart, Zip).WithMetadata(ZipBody.Instance)
            .WithMetadata(new RequestSizeLimitAttribute(AuthorApiDefaults.MaxImportBodyBytes))
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(413).ProducesProblem(415).ProducesProblem(429);
        return api;
    }

    public static async Task<Results<Ok<ImportReportResource>, ProblemHttpResult>> ImportAsync(string blog, bool? applyConfig, [AsParameters] ApiServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var access = await services.Auth.AuthorizeAsync(services.Request, blog);
        access.RequireEditor();
        var before = await services.Authoring.GetBlogAsync(blog);
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
        // The same path as the command line: the whole site, checked before anything is stored. Links and
        // {{ site.url }} point at the blog's public address as this request reaches it.
        var options = new JekyllImportOptions
        {
            NewUrl = new Uri(services.Urls.BlogBase(services.Request, before.Settings)),
            ApplyConfig = applyConfig ?? false,
        };
        var report = await services.Importer.ImportZipAsync(blog, zip, importOptions: options, cancellationToken: services.Aborted);
        return TypedResults.Ok(await ImportReportResources.FromAsync(report, blog, services));
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
}
