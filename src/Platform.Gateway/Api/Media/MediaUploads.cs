using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using Platform.Gateway.Api.Bodies;
using Platform.Gateway.Api.Errors;

namespace Platform.Gateway.Api.Media;

/// <summary>
/// Reads an upload: the raw body (any media type but form and JSON; the name from <c>?name=</c> or
/// <c>Content-Disposition</c>) or <c>multipart/form-data</c> with exactly one file. Over the limit: 413. The
/// declared media type is never trusted; the library sniffs the bytes.
/// </summary>
internal static class MediaUploads
{
    public const string Multipart = "multipart/form-data";

    /// <summary>Room for the multipart boundaries and headers around the file.</summary>
    private const long FormOverhead = 64 * 1024;

    public static async Task<(string Name, byte[] Bytes)> ReadAsync(HttpRequest request, string? name, long limit, CancellationToken cancellationToken)
    {
        var mediaType = RequestBodies.MediaType(request);
        if (string.Equals(mediaType, Multipart, StringComparison.OrdinalIgnoreCase))
        {
            return await ReadFormAsync(request, limit, cancellationToken);
        }

        if (mediaType.Length == 0 || string.Equals(mediaType, RequestBodies.Json, StringComparison.OrdinalIgnoreCase)
            || string.Equals(mediaType, "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            throw ApiException.UnsupportedMediaType("Send the image as the body (with its Content-Type, e.g. image/png) or as multipart/form-data with one file.");
        }

        var bytes = await RequestBodies.ReadBytesAsync(request, limit, cancellationToken);
        if (bytes.Length == 0)
        {
            throw ApiException.BadRequest("file", "The body is empty; send the image's bytes.");
        }

        var fileName = name ?? (ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition.ToString(), out var disposition)
            ? HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value
            : null);
        return (fileName ?? "upload", bytes);
    }

    private static async Task<(string, byte[])> ReadFormAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit + FormOverhead)
        {
            throw ApiException.TooLarge(limit);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit + FormOverhead, ValueCountLimit = 16 }, cancellationToken);
        }
        catch (InvalidDataException exception) when (exception.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase))
        {
            throw ApiException.TooLarge(limit);
        }
        catch (InvalidDataException exception)
        {
            throw ApiException.BadRequest("file", "The form is not readable multipart/form-data: " + exception.Message);
        }

        return await ReadFileAsync(form.Files, limit, cancellationToken);
    }

    /// <summary>
    /// The one file of a form already read (the API's form, or the studio's): 400 without exactly one file or when it
    /// is empty, 413 over <paramref name="limit"/>.
    /// </summary>
    public static async Task<(string Name, byte[] Bytes)> ReadFileAsync(IFormFileCollection files, long limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var file = files.Count == 1 ? files[0] : throw ApiException.BadRequest("file", "Send exactly one file in the form.");
        if (file.Length > limit)
        {
            throw ApiException.TooLarge(limit);
        }

        if (file.Length == 0)
        {
            throw ApiException.BadRequest("file", "The file is empty.");
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return (file.FileName, buffer.ToArray());
    }
}
