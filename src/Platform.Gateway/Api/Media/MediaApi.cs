using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Platform.Blogging.Media;
using Platform.Gateway.Api.Errors;
using Platform.Gateway.Api.Posts;

namespace Platform.Gateway.Api.Media;

/// <summary>
/// <c>/api/v1/blogs/{blog}/media</c>: upload (every role, contributors included, as in Ghost), list (every role),
/// delete (owners and editors, or the token that uploaded the item).
/// </summary>
internal static class MediaApi
{
    public const int MaxLimit = 100;

    /// <summary>Kestrel's cap for this endpoint: the largest <c>Blogging:Media:MaxUploadBytes</c> allowed, plus form overhead.</summary>
    private const long MaxRequestBytes = (100L * 1024 * 1024) + (64 * 1024);

    public static RouteGroupBuilder MapMediaApi(this RouteGroupBuilder api)
    {
        const string media = "/blogs/{blog}/media";
        api.MapPost(media, UploadAsync).WithName("UploadMedia")
            .WithSummary("Upload an image (JPEG, PNG, GIF or WebP, judged by content) as the raw body or multipart/form-data; the same bytes twice give the same item.")
            .Accepts<IFormFile>(MediaUploads.Multipart, "image/jpeg", "image/png", "image/gif", "image/webp", "application/octet-stream")
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
            .Produces<MediaResource>(StatusCodes.Status200OK)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(413).ProducesProblem(415).ProducesProblem(429);
        api.MapGet(media, ListAsync).WithName("ListMedia").WithSummary("A page of the blog's media, newest first.")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(429);
        api.MapGet(media + "/{id}", GetAsync).WithName("GetMedia").WithSummary("One media item with its URLs and srcset.")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(429);
        api.MapDelete(media + "/{id}", DeleteAsync).WithName("DeleteMedia").WithSummary("Delete a media item and its files: owners, editors, or the token that uploaded it.")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(429);
        return api;
    }

    public static async Task<Results<Created<MediaResource>, Ok<MediaResource>, ProblemHttpResult>> UploadAsync(
        string blog, string? name, [AsParameters] ApiServices services, MediaLibrary library, IOptions<MediaOptions> options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(options);
        var access = await services.Auth.AuthorizeAsync(services.Request, blog);
        var snapshot = await services.Authoring.GetBlogAsync(blog);
        var (fileName, bytes) = await MediaUploads.ReadAsync(services.Request, name, options.Value.MaxUploadBytes, services.Aborted);
        var added = await library.UploadAsync(blog, fileName, bytes, access.TokenId ?? "admin", services.Aborted);
        var resource = MediaResources.Of(added.Item, MediaResources.BlogBase(services, snapshot.Settings));
        return added.Created
            ? TypedResults.Created($"/api/v1/blogs/{blog}/media/{added.Item.Id}", resource)
            : TypedResults.Ok(resource);
    }

    public static async Task<Results<Ok<MediaList>, ProblemHttpResult>> ListAsync(
        string blog, string? page, string? limit, [AsParameters] ApiServices services, MediaLibrary library)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(library);
        await services.Auth.AuthorizeAsync(services.Request, blog);
        var pageNumber = ParseBounded(page, "page", 1, 1, 1_000_000);
        var pageSize = ParseBounded(limit, "limit", 30, 1, MaxLimit);
        var snapshot = await services.Authoring.GetBlogAsync(blog);
        var items = await library.ListAsync(blog);
        var pages = (int)Math.Ceiling(items.Count / (double)pageSize);
        var blogBase = MediaResources.BlogBase(services, snapshot.Settings);
        var shown = items.Skip((int)Math.Min((long)(pageNumber - 1) * pageSize, int.MaxValue)).Take(pageSize).Select(i => MediaResources.Of(i, blogBase)).ToArray();
        var pagination = new Pagination(pageNumber, pageSize, pages, items.Count, pageNumber < pages ? pageNumber + 1 : null, pageNumber > 1 ? pageNumber - 1 : null);
        return TypedResults.Ok(new MediaList(shown, pagination));
    }

    public static async Task<Results<Ok<MediaResource>, ProblemHttpResult>> GetAsync(string blog, string id, [AsParameters] ApiServices services, MediaLibrary library)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(library);
        await services.Auth.AuthorizeAsync(services.Request, blog);
        var snapshot = await services.Authoring.GetBlogAsync(blog);
        var item = await library.GetAsync(blog, id) ?? throw NotFound(blog, id);
        return TypedResults.Ok(MediaResources.Of(item, MediaResources.BlogBase(services, snapshot.Settings)));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string blog, string id, [AsParameters] ApiServices services, MediaLibrary library)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(library);
        var access = await services.Auth.AuthorizeAsync(services.Request, blog);
        await services.Authoring.GetBlogAsync(blog);
        var item = await library.GetAsync(blog, id) ?? throw NotFound(blog, id);
        if (!access.AllPosts && !string.Equals(item.Uploader, access.TokenId, StringComparison.Ordinal))
        {
            throw ApiException.Forbidden("Only the blog's owners and editors, or the token that uploaded it, may delete a media item.");
        }

        if (!await library.DeleteAsync(blog, id, services.Aborted))
        {
            throw NotFound(blog, id);
        }

        return TypedResults.NoContent();
    }

    private static ApiException NotFound(string blog, string id) =>
        new(StatusCodes.Status404NotFound, "media-not-found", $"Blog '{blog}' has no media item '{id}'.");

    private static int ParseBounded(string? value, string field, int fallback, int min, int max)
    {
        if (string.IsNullOrEmpty(value))
        {
            return fallback;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max
            ? parsed
            : throw ApiException.BadRequest(field, $"'{field}' must be a whole number from {min} to {max}.");
    }
}
