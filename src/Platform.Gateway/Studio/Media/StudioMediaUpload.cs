using System.Text;
using Platform.Blogging.Media;
using Platform.Gateway.Api.Errors;
using Platform.Gateway.Api.Media;
using Platform.Gateway.Studio.Posts;

namespace Platform.Gateway.Studio.Media;

/// <summary>
/// An upload from the studio, through the author API's own path: the file is read by <see cref="MediaUploads"/>
/// (exactly one file, the byte limit, 413 past it) and stored by <see cref="MediaLibrary"/> (checked by content,
/// SVG refused, pixel limits, metadata stripped). Refusals come back as a status and a message in the writer's
/// language instead of problem+json; the API's 413 and 415 stay the statuses.
/// </summary>
internal static class StudioMediaUpload
{
    /// <summary>Reads the request as the API reads an upload (multipart with one file, or a raw body); nothing is stored yet.</summary>
    public static async Task<(StudioUploadFile? File, StudioUploadOutcome? Refusal)> ReadRequestAsync(HttpContext context, StudioText text, MediaOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            var (name, bytes) = await MediaUploads.ReadAsync(context.Request, null, options.MaxUploadBytes, context.RequestAborted);
            return (new StudioUploadFile(name, bytes), null);
        }
        catch (ApiException e)
        {
            return (null, Refused(e, text, options));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, StudioUploadOutcome.Refuse(StatusCodes.Status413PayloadTooLarge, text.MediaTooLarge(options.MaxUploadBytes)));
        }
    }

    /// <summary>The one file of a form already read (the editor's whole form, posted without script).</summary>
    public static async Task<(StudioUploadFile? File, StudioUploadOutcome? Refusal)> ReadFilesAsync(IFormFileCollection files, StudioText text, MediaOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            var (name, bytes) = await MediaUploads.ReadFileAsync(files, options.MaxUploadBytes, cancellationToken);
            return (new StudioUploadFile(name, bytes), null);
        }
        catch (ApiException e)
        {
            return (null, Refused(e, text, options));
        }
    }

    /// <summary>Checks, converts and stores a file read by one of the readers above (after the caller checked antiforgery).</summary>
    public static async Task<StudioUploadOutcome> StoreAsync(StudioUploadFile file, StudioBlogRequest request, MediaLibrary library, MediaOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(options);
        var (name, bytes) = (file.Name, file.Bytes);
        try
        {
            // Attributed as the API attributes uploads: to the token, or to the member (usr_{id}); the delete rule reads it.
            var added = await library.UploadAsync(request.Blog, name, bytes, request.Grant.PostOwnerId, cancellationToken);
            return StudioUploadOutcome.Stored(added.Item, added.Created);
        }
        catch (MediaRejectedException e)
        {
            var text = request.Text;
            return e.Reason switch
            {
                MediaRejection.TooLarge => StudioUploadOutcome.Refuse(StatusCodes.Status413PayloadTooLarge, text.MediaTooLarge(options.MaxUploadBytes)),
                MediaRejection.TooManyPixels => StudioUploadOutcome.Refuse(StatusCodes.Status413PayloadTooLarge, text.MediaTooManyPixels(options.MaxSide, options.MaxPixels)),
                _ => StudioUploadOutcome.Refuse(StatusCodes.Status415UnsupportedMediaType, LooksLikeSvg(name, bytes) ? text.MediaSvgRefused : text.MediaNotAnImage),
            };
        }
    }

    private static StudioUploadOutcome Refused(ApiException refusal, StudioText text, MediaOptions options) => refusal.Status switch
    {
        StatusCodes.Status413PayloadTooLarge => StudioUploadOutcome.Refuse(refusal.Status, text.MediaTooLarge(options.MaxUploadBytes)),
        StatusCodes.Status415UnsupportedMediaType => StudioUploadOutcome.Refuse(refusal.Status, text.MediaChooseFile),
        _ => StudioUploadOutcome.Refuse(StatusCodes.Status400BadRequest, text.MediaChooseFile),
    };

    /// <summary>Whether a refused file is SVG (by name or by its first characters), to say why SVG in particular is refused.</summary>
    internal static bool LooksLikeSvg(string name, ReadOnlySpan<byte> bytes)
    {
        if (name.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".svgz", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var head = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 1024)]);
        return head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('<') && head.Contains("<svg", StringComparison.OrdinalIgnoreCase);
    }
}
