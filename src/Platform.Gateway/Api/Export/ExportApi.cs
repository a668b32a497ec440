using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Platform.Blogging.Export;

namespace Platform.Gateway.Api.Export;

/// <summary>
/// <c>GET /api/v1/blogs/{blog}/export</c>: the blog as a zip (a Jekyll site and <c>platform-export.json</c>), for
/// its owners and the administrator. Everything that can be refused is checked before the first byte; the zip is
/// then streamed, and a failure after that aborts the connection (a truncated zip never passes for a whole one).
/// </summary>
internal static class ExportApi
{
    public const string Zip = "application/zip";

    public static RouteGroupBuilder MapExportApi(this RouteGroupBuilder api)
    {
        api.MapGet("/blogs/{blog}/export", ExportAsync).WithName("ExportBlog")
            .WithSummary("The blog as a zip: a Jekyll site (_config.yml, _posts/, _drafts/) and platform-export.json with everything but tokens; owners and the administrator.")
            .Produces(StatusCodes.Status200OK, contentType: Zip)
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(429);
        return api;
    }

    public static async Task<EmptyHttpResult> ExportAsync(string blog, [AsParameters] ApiServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var access = await services.Auth.AuthorizeAsync(services.Request, blog);
        access.RequireOwner();
        var settings = await services.Authoring.GetSettingsAsync(blog);
        var exporter = services.Context.RequestServices.GetRequiredService<BlogExporter>();
        var address = ExportAddress.FromBlogUrl(services.Urls.BlogBase(services.Request, settings));
        var logger = services.Logger;
        var response = services.Context.Response;
        var disposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = string.Create(CultureInfo.InvariantCulture, $"{settings.Name}-export-{services.Time.GetUtcNow().UtcDateTime:yyyyMMdd-HHmmss}.zip"),
        };
        response.ContentType = Zip;
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        try
        {
            var summary = await exporter.ExportAsync(blog, response.Body, address, cancellationToken: services.Aborted);
            ExportLog.Exported(logger, blog, summary.Posts, summary.MediaFiles, summary.Warnings.Count);
        }
        catch (Exception exception) when (response.HasStarted && !services.Aborted.IsCancellationRequested)
        {
            ExportLog.FailedWhileStreaming(logger, exception, blog);
            services.Context.Abort();
        }
        catch (Exception) when (!response.HasStarted)
        {
            // Refused before the first byte: the error filter answers with a problem, not a zip.
            response.Headers.ContentDisposition = default;
            response.Headers.CacheControl = default;
            throw;
        }

        return TypedResults.Empty;
    }
}
