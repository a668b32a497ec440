using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Platform.Blogging.Authoring;
using Platform.Blogging.Hosting;
using Platform.Blogging.Media;
using Platform.Gateway.Api;
using Platform.Gateway.Studio.Editor;
using Platform.Gateway.Studio.Posts;
using Platform.Gateway.Studio.Shell;

namespace Platform.Gateway.Studio.Media;

/// <summary>
/// The studio's media: the library (<c>GET /studio/{blog}/media</c>, a page of uploads with their URLs), uploads
/// (<c>POST /studio/{blog}/media</c>: a plain multipart form, or the editor's module asking for JSON), the editor's
/// "Upload and insert" without script (<c>POST /studio/{blog}/media/insert</c>, the whole editor form: the image's
/// Markdown is added to the body and the editor shown again, nothing saved) and deletes
/// (<c>POST /studio/{blog}/media/{id}/delete</c>). Every route starts with the session's grant for the blog; every
/// POST that changes anything checks antiforgery; uploads go through the author API's own reading and checks (<see cref="StudioMediaUpload"/>)
/// and deletes follow its rule (<see cref="StudioMediaRules"/>).
/// </summary>
internal static class StudioMediaEndpoints
{
    public const int PageSize = 24;

    /// <summary>Room for the multipart boundaries, the antiforgery token and the form's other fields around the file.</summary>
    private const long FormOverhead = 64 * 1024;

    public static void MapStudioMedia(this RouteGroupBuilder studio)
    {
        studio.MapGet("/{blog}/media", LibraryAsync);
        studio.MapPost("/{blog}/media", UploadAsync).DisableAntiforgery();
        studio.MapPost("/{blog}/media/insert", InsertAsync).DisableAntiforgery();
        studio.MapPost("/{blog}/media/{id}/delete", DeleteAsync).DisableAntiforgery();
    }

    private static async Task<IResult> LibraryAsync(
        string blog, string? page, string? uploaded, string? deleted, HttpContext context, IAntiforgery antiforgery, BlogAuthoring authoring, MediaLibrary library,
        IOptions<MediaOptions> options, PublicUrls urls)
    {
        var (request, denied) = await StudioBlogRequest.OpenAsync(context, blog, antiforgery, authoring);
        if (request is null)
        {
            return denied!;
        }

        var number = 1;
        if (!string.IsNullOrEmpty(page) && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number is < 1 or > 1_000_000))
        {
            return Message(context, request, request.Text.MediaBadPage, StatusCodes.Status400BadRequest);
        }

        var model = await ModelAsync(context, request, library, options.Value, urls, number);
        var item = MediaLibrary.IsId(uploaded) ? model.Items.FirstOrDefault(i => i.Id == uploaded) : null;
        model = model with
        {
            Highlight = item?.Id,
            Notice = item is not null ? request.Text.MediaUploaded(item.OriginalName) : deleted == "1" ? request.Text.MediaDeleted : null,
        };
        return StudioResults.Page<MediaLibraryView>(context, new { Content = model });
    }

    private static async Task<IResult> UploadAsync(
        string blog, HttpContext context, IAntiforgery antiforgery, BlogAuthoring authoring, MediaLibrary library, IOptions<MediaOptions> options, PublicUrls urls)
    {
        var json = WantsJson(context.Request);
        var (request, denied) = await StudioBlogRequest.OpenAsync(context, blog, antiforgery, authoring);
        if (request is null)
        {
            return denied!;
        }

        var limits = options.Value;
        AllowBody(context, limits.MaxUploadBytes + FormOverhead);

        // Read first (bounded, so antiforgery's own read of the form never meets an unbounded body), then check
        // antiforgery on the form read, and only then store anything. A refusal of the read (too large, no file)
        // changes nothing, so it is answered at once: antiforgery would only read the oversized body again.
        var (file, refusal) = await StudioMediaUpload.ReadRequestAsync(context, request.Text, limits);
        if (refusal is null && !await StudioEndpoints.ValidAntiforgeryAsync(context, antiforgery))
        {
            return Results.BadRequest();
        }

        var outcome = refusal ?? await StudioMediaUpload.StoreAsync(file!, request, library, limits, context.RequestAborted);
        if (json)
        {
            return outcome.Item is { } stored
                ? Json(context, outcome.Status, new
                {
                    id = stored.Id,
                    name = stored.OriginalName,
                    path = MediaUrls.FullSize(stored),
                    url = urls.BlogBase(context.Request, request.Settings) + MediaUrls.FullSize(stored),
                    markdown = StudioMediaMarkdown.For(stored),
                    width = stored.Width,
                    height = stored.Height,
                    message = request.Text.MediaUploaded(stored.OriginalName),
                })
                : Json(context, outcome.Status, new { error = outcome.Error });
        }

        if (outcome.Item is { } item)
        {
            return Results.Redirect(StudioMediaLinks.Library(blog) + "?uploaded=" + item.Id);
        }

        var model = await ModelAsync(context, request, library, limits, urls, 1);
        return StudioResults.Page<MediaLibraryView>(context, new { Content = model with { UploadError = outcome.Error } }, outcome.Status);
    }

    private static async Task<IResult> InsertAsync(
        string blog, string? post, HttpContext context, IAntiforgery antiforgery, BlogAuthoring authoring, MediaLibrary library,
        IOptions<MediaOptions> options, IOptions<BloggingOptions> blogging)
    {
        var (request, denied) = await StudioBlogRequest.OpenAsync(context, blog, antiforgery, authoring);
        if (request is null)
        {
            return denied!;
        }

        var limits = options.Value;
        var text = request.Text;

        // The editor's form (its fields bounded as the editor bounds them) with one file.
        var fieldsLimit = (blogging.Value.MaxBodyBytes * 3L) + FormOverhead;
        var limit = limits.MaxUploadBytes + fieldsLimit;
        if (context.Request.ContentLength > limit)
        {
            return Message(context, request, text.MediaTooLarge(limits.MaxUploadBytes), StatusCodes.Status413PayloadTooLarge);
        }

        AllowBody(context, limit);
        IFormCollection fields;
        try
        {
            fields = await context.Request.ReadFormAsync(
                new FormOptions { MultipartBodyLengthLimit = limit, ValueLengthLimit = (int)Math.Min(fieldsLimit, int.MaxValue), ValueCountLimit = 64 }, context.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Message(context, request, text.MediaTooLarge(limits.MaxUploadBytes), StatusCodes.Status413PayloadTooLarge);
        }
        catch (InvalidDataException)
        {
            return Message(context, request, text.MediaChooseFile, StatusCodes.Status400BadRequest);
        }

        if (!await StudioEndpoints.ValidAntiforgeryAsync(context, antiforgery))
        {
            return Results.BadRequest();
        }

        Blogging.Posts.PostDocument? current = null;
        if (!string.IsNullOrEmpty(post))
        {
            var (opened, refused) = await StudioPostEndpoints.OpenPostAsync(context, request, authoring, post);
            if (opened is null)
            {
                return refused!;
            }

            current = opened;
        }

        var form = EditorForm.From(fields);
        var (file, refusal) = await StudioMediaUpload.ReadFilesAsync(fields.Files, text, limits, context.RequestAborted);
        var outcome = refusal ?? await StudioMediaUpload.StoreAsync(file!, request, library, limits, context.RequestAborted);
        var model = new EditorModel(request, form, current);
        if (outcome.Item is { } item)
        {
            form.Markdown = Append(form.Markdown, StudioMediaMarkdown.For(item));
            model = model with { Notice = text.MediaInserted };
        }
        else
        {
            model = model with { Errors = new Dictionary<string, string> { ["file"] = outcome.Error! } };
        }

        return StudioResults.Page<EditorView>(context, new { Content = model }, outcome.Item is null ? outcome.Status : StatusCodes.Status200OK);
    }

    private static async Task<IResult> DeleteAsync(string blog, string id, HttpContext context, IAntiforgery antiforgery, BlogAuthoring authoring, MediaLibrary library)
    {
        var (request, denied) = await StudioBlogRequest.OpenAsync(context, blog, antiforgery, authoring);
        if (request is null)
        {
            return denied!;
        }

        if (!await StudioEndpoints.ValidAntiforgeryAsync(context, antiforgery))
        {
            return Results.BadRequest();
        }

        var item = await library.GetAsync(blog, id);
        if (item is null)
        {
            return Message(context, request, request.Text.MediaMissing, StatusCodes.Status404NotFound);
        }

        if (!StudioMediaRules.CanDelete(request.Access, item))
        {
            return Message(context, request, request.Text.CannotDeleteMedia, StatusCodes.Status403Forbidden);
        }

        if (!await library.DeleteAsync(blog, id, context.RequestAborted))
        {
            return Message(context, request, request.Text.MediaMissing, StatusCodes.Status404NotFound);
        }

        return Results.Redirect(StudioMediaLinks.Library(blog) + "?deleted=1");
    }

    private static async Task<MediaLibraryModel> ModelAsync(HttpContext context, StudioBlogRequest request, MediaLibrary library, MediaOptions options, PublicUrls urls, int page)
    {
        var items = await library.ListAsync(request.Blog);
        var pages = Math.Max(1, (int)Math.Ceiling(items.Count / (double)PageSize));
        var shown = items.Skip((int)Math.Min((long)(page - 1) * PageSize, int.MaxValue)).Take(PageSize).ToArray();
        return new MediaLibraryModel(request, shown, items.Count, page, pages, options.MaxUploadBytes, urls.BlogBase(context.Request, request.Settings));
    }

    /// <summary>The editor's body with the image's Markdown added as a paragraph of its own at the end.</summary>
    internal static string Append(string markdown, string image)
    {
        var body = markdown.TrimEnd();
        return body.Length == 0 ? image + "\n" : body + "\n\n" + image + "\n";
    }

    private static void AllowBody(HttpContext context, long bytes)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = bytes;
        }
    }

    private static IResult Message(HttpContext context, StudioBlogRequest request, string message, int status) =>
        StudioResults.Page<MessageView>(
            context, new { Title = request.Text.MediaLibrary, Message = message, LinkHref = StudioMediaLinks.Library(request.Blog), LinkText = request.Text.MediaLibrary }, status);

    private static bool WantsJson(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);

    private static IResult Json(HttpContext context, int status, object body)
    {
        StudioHeaders.Apply(context.Response);
        return Results.Json(body, statusCode: status);
    }
}
