using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Platform.Blogging.Authoring;
using Platform.Blogging.Content;
using Platform.Blogging.Errors;
using Platform.Blogging.Hosting;
using Platform.Blogging.Posts;
using Platform.Blogging.Revisions;
using Platform.Gateway.Studio.Posts;
using Platform.Gateway.Studio.Shell;

namespace Platform.Gateway.Studio.Editor;

/// <summary>
/// The editor: <c>/studio/{blog}/posts/new</c> and <c>/studio/{blog}/posts/{id}/edit</c> (GET shows the form, POST
/// saves, previews, publishes, unpublishes or schedules), and <c>/studio/{blog}/preview</c>, which renders Markdown with
/// the blog's own pipeline and sanitiser for the live preview. Plain forms first: the editor module
/// (<c>editor.js</c>) adds the live preview, autosave (JSON answers to the same POST) and shortcuts.
/// </summary>
internal static class StudioEditorEndpoints
{
    public const string PreviewPolicy = "studio-preview";

    /// <summary>Previews per client address per minute (the module sends one per pause in typing).</summary>
    public const int PreviewsPerMinute = 120;

    public static void MapStudioEditor(this RouteGroupBuilder studio)
    {
        studio.MapGet("/{blog}/posts/new", NewAsync);
        studio.MapPost("/{blog}/posts/new", (string blog, HttpContext context, IAntiforgery antiforgery, BlogAuthoring authoring, IOptions<BloggingOptions> options, TimeProvider time) =>
            SubmitAsync(blog, null, context, antiforgery, authoring, options.Value, time)).DisableAntiforgery();
        studio.MapGet("/{blog}/posts/{id}/edit", EditAsync);
        studio.MapPost("/{blog}/posts/{id}/edit", (string blog, string id, HttpContext context, IAntiforgery antiforgery, BlogAuthoring authoring, IOptions<BloggingOptions> options, TimeProvider time) =>
            SubmitAsync(blog, id, context, antiforgery, authoring, options.Value, time)).DisableAntiforgery();
        studio.MapPost("/{blog}/preview", PreviewAsync).DisableAntiforgery().RequireRateLimiting(PreviewPolicy);
    }

    private static async Task<IResult> NewAsync(string blog, HttpContext context, IAntiforgery antiforgery, BlogAuthoring authoring)
    {
        var (request, denied) = await StudioBlogRequest.OpenAsync(context, blog, antiforgery, authoring);
        return request is null ? denied! : Editor(context, new EditorModel(request, new EditorForm(), null));
    }

    private static async Task<IResult> EditAsync(string blog, string id, string? done, HttpContext context, IAntiforgery antiforgery, BlogAuthoring authoring)
    {
        var (request, denied) = await StudioBlogRequest.OpenAsync(context, blog, antiforgery, authoring);
        if (request is null)
        {
            return denied!;
        }

        var (post, refused) = await StudioPostEndpoints.OpenPostAsync(context, request, authoring, id);
        if (post is null)
        {
            return refused!;
        }

        var notice = done switch
        {
            "saved" => request.Text.Saved,
            "published" or "unpublished" or "scheduled" => request.Text.Saved + " " + request.Text.StatusName(post.Status),
            _ => null,
        };
        return Editor(context, new EditorModel(request, EditorForm.From(post, request.Zone), post) { Notice = notice });
    }

    private static async Task<IResult> SubmitAsync(string blog, string? id, HttpContext context, IAntiforgery antiforgery, BlogAuthoring authoring, BloggingOptions options, TimeProvider time)
    {
        var json = WantsJson(context.Request);
        var (request, denied) = await StudioBlogRequest.OpenAsync(context, blog, antiforgery, authoring);
        if (request is null)
        {
            return denied!;
        }

        var text = request.Text;
        if (!await StudioEndpoints.ValidAntiforgeryAsync(context, antiforgery))
        {
            return Results.BadRequest();
        }

        var fields = await ReadFormAsync(context, options);
        if (fields is null)
        {
            return json ? Json(context, StatusCodes.Status413PayloadTooLarge, new { error = text.TooLong(options.MaxBodyBytes) })
                : request.Message(context, text.TooLong(options.MaxBodyBytes), StatusCodes.Status413PayloadTooLarge);
        }

        var action = fields["action"].ToString();
        if (action is not ("save" or "preview" or "publish" or "unpublish" or "schedule"))
        {
            return request.Message(context, text.FormBroken, StatusCodes.Status400BadRequest);
        }

        PostDocument? current = null;
        if (id is not null)
        {
            var (post, refused) = await StudioPostEndpoints.OpenPostAsync(context, request, authoring, id);
            if (post is null)
            {
                return json ? Json(context, StatusCodes.Status403Forbidden, new { error = text.NotYourPost }) : refused!;
            }

            current = post;
        }

        var form = EditorForm.From(fields);
        var model = new EditorModel(request, form, current);
        var change = action switch
        {
            "publish" => PostStatusChange.Publish,
            "unpublish" => PostStatusChange.Unpublish,
            "schedule" => PostStatusChange.Schedule,
            _ => (PostStatusChange?)null,
        };
        if (change is not null && !model.CanPublish)
        {
            return json ? Json(context, StatusCodes.Status403Forbidden, new { error = text.CannotPublish }) : request.Message(context, text.CannotPublish, StatusCodes.Status403Forbidden);
        }

        var autosave = fields["autosave"] == "1";
        if (autosave && !model.IsDraft)
        {
            // Only drafts autosave: half-typed edits never go live on their own.
            return Json(context, StatusCodes.Status409Conflict, new { error = text.Unsaved });
        }

        var errors = form.Validate(text, request.Zone, scheduling: change == PostStatusChange.Schedule);
        if (errors.Count > 0)
        {
            return json ? Json(context, StatusCodes.Status400BadRequest, new { errors })
                : Editor(context, model with { Errors = errors }, StatusCodes.Status400BadRequest);
        }

        if (action == "preview")
        {
            return Editor(context, model with { PreviewHtml = Render(form, request, options) });
        }

        var draft = current is null || current.Content.IsDraft || request.Access.DraftsOnly;
        var markdown = EditorMarkdown.Build(form, current?.Content.Source, draft, request.Zone);
        if (Encoding.UTF8.GetByteCount(markdown) > options.MaxBodyBytes)
        {
            var tooLarge = new Dictionary<string, string> { ["markdown"] = text.TooLong(options.MaxBodyBytes) };
            return json ? Json(context, StatusCodes.Status413PayloadTooLarge, new { errors = tooLarge })
                : Editor(context, model with { Errors = tooLarge }, StatusCodes.Status413PayloadTooLarge);
        }

        if (current is not null && form.Version != current.Revision)
        {
            return Conflict(context, json, model, current, markdown);
        }

        try
        {
            var source = new PostSource(markdown, ForceDraft: request.Access.DraftsOnly);
            SavedPost saved;
            if (current is null)
            {
                saved = await authoring.CreatePostAsync(blog, source, ownerId: request.Grant.PostOwnerId);
            }
            else if (markdown != current.Content.Source)
            {
                saved = await authoring.UpdatePostAsync(blog, current.Id, source, form.Version, savedBy: request.Grant.PostOwnerId);
            }
            else
            {
                saved = new SavedPost(current, (await authoring.GetEntryAsync(blog, current.Id))!);
            }

            if (change is { } status)
            {
                var at = status == PostStatusChange.Schedule ? EditorForm.ParseLocal(form.PublishAt, request.Zone) : null;
                saved = await authoring.ChangeStatusAsync(blog, saved.Document.Id, status, at, saved.Document.Revision, request.Grant.PostOwnerId);
            }

            var document = saved.Document;
            var edit = StudioPostLinks.Edit(blog, document.Id);
            if (json)
            {
                var savedAt = TimeZoneInfo.ConvertTime(time.GetUtcNow(), request.Zone).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
                return Json(context, StatusCodes.Status200OK, new { id = document.Id, version = document.Revision, edit, message = autosave ? text.AutosavedAt(savedAt) : text.SavedAt(savedAt) });
            }

            var done = change switch
            {
                PostStatusChange.Publish => "published",
                PostStatusChange.Unpublish => "unpublished",
                PostStatusChange.Schedule => "scheduled",
                _ => "saved",
            };
            return Results.Redirect(edit + "?done=" + done);
        }
        catch (RevisionMismatchException)
        {
            var latest = await authoring.GetPostAsync(blog, current!.Id);
            return Conflict(context, json, model, latest, markdown);
        }
        catch (Exception e) when (FieldError(e) is { } field)
        {
            var fieldErrors = new Dictionary<string, string> { [field] = StudioErrorText.For(text, e) };
            var status = e is SlugConflictException ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            return json ? Json(context, status, new { errors = fieldErrors }) : Editor(context, model with { Errors = fieldErrors }, status);
        }
    }

    private static async Task<IResult> PreviewAsync(string blog, HttpContext context, IAntiforgery antiforgery, BlogAuthoring authoring, IOptions<BloggingOptions> options)
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

        var fields = await ReadFormAsync(context, options.Value);
        if (fields is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var form = EditorForm.From(fields);
        if (form.Markdown.Contains('\0', StringComparison.Ordinal))
        {
            return Results.BadRequest();
        }

        StudioHeaders.Apply(context.Response);
        return Results.Content(Render(form, request, options.Value), "text/html; charset=utf-8");
    }

    /// <summary>The body rendered as the blog renders posts: the same Markdown pipeline, dialect and sanitiser.</summary>
    private static string Render(EditorForm form, StudioBlogRequest request, BloggingOptions options)
    {
        var bare = new EditorForm { Title = form.Title.Length > 0 ? form.Title : "-", Markdown = form.Markdown };
        var file = EditorMarkdown.Build(bare, null, draft: true, request.Zone);
        try
        {
            var html = PostRenderer.Render(file, new RenderContext(request.Zone)
            {
                MaxBytes = options.MaxBodyBytes,
                Dialect = request.Settings.MarkdownDialect,
                ExcerptSeparator = request.Settings.ExcerptSeparator,
            }).Html;

            // The blog's own images (/media/...) through the blog's path prefix on this host, as its pages do under /@{blog}.
            return Pages.MediaPathBase.Apply(html, Media.StudioMediaLinks.BlogPrefix(request.Blog));
        }
        catch (ContentException e)
        {
            return "<p class=\"error\">" + System.Net.WebUtility.HtmlEncode(e.Message) + "</p>";
        }
    }

    private static IResult Conflict(HttpContext context, bool json, EditorModel model, PostDocument latest, string mine)
    {
        if (json)
        {
            return Json(context, StatusCodes.Status412PreconditionFailed, new { conflict = true, version = latest.Revision });
        }

        // The form now carries their version: saving again overwrites theirs, knowingly.
        model.Form.Version = latest.Revision;
        var diff = LineDiff.Compare(latest.Content.Source, mine);
        return Editor(context, model with { Post = latest, Conflict = diff }, StatusCodes.Status412PreconditionFailed);
    }

    private static string? FieldError(Exception exception) => exception switch
    {
        BloggingException { Field: { } field } => MapField(field),
        BloggingException => "form",
        ContentException content => content.Field is { } f ? MapField(f) : "markdown",
        _ => null,
    };

    private static string MapField(string field) => field switch
    {
        "title" or "slug" or "tags" or "categories" or "description" or "image" or "date" => field,
        "at" => "publishAt",
        "permalink" => "slug",
        _ => "markdown",
    };

    /// <summary>The posted form, or null when it is over the size bound (the Markdown limit twice over, for encoding).</summary>
    private static async Task<IFormCollection?> ReadFormAsync(HttpContext context, BloggingOptions options)
    {
        var limit = (options.MaxBodyBytes * 3L) + (64 * 1024);
        if (context.Request.ContentLength > limit)
        {
            return null;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        try
        {
            return await context.Request.ReadFormAsync(new FormOptions { ValueLengthLimit = (int)limit, MultipartBodyLengthLimit = limit, ValueCountLimit = 64 }, context.RequestAborted);
        }
        catch (BadHttpRequestException)
        {
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static bool WantsJson(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);

    private static IResult Json(HttpContext context, int status, object body)
    {
        StudioHeaders.Apply(context.Response);
        return Results.Json(body, statusCode: status);
    }

    private static IResult Editor(HttpContext context, EditorModel model, int status = StatusCodes.Status200OK) =>
        StudioResults.Page<EditorView>(context, new { Content = model }, status);
}
