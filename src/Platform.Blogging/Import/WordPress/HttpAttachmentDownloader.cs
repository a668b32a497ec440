using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Blogging.Errors;
using Platform.Blogging.Media;

namespace Platform.Blogging.Import.WordPress;

/// <summary>
/// Downloads an attachment into the blog's media: over <see cref="AttachmentHttp"/> (internal addresses refused at
/// connect time), following at most <see cref="AttachmentDownloadPolicy.MaxRedirects"/> redirects and only to the
/// export's own hosts, within <see cref="AttachmentDownloadPolicy.Timeout"/>, reading at most
/// <see cref="MediaOptions.MaxUploadBytes"/> (the upload limit), then stored through <see cref="MediaLibrary"/>, the
/// service the upload API uses, which judges the bytes by their content (never the name or <c>Content-Type</c>). The
/// same bytes make the same media item, so importing again keeps one copy.
/// </summary>
public sealed partial class HttpAttachmentDownloader(
    IHttpClientFactory clients, MediaLibrary library, AttachmentDownloadPolicy policy, IOptions<MediaOptions> media, ILogger<HttpAttachmentDownloader> logger)
    : IAttachmentDownloader
{
    /// <inheritdoc />
    public async Task<AttachmentResult> DownloadAsync(string blog, WordPressAttachment attachment, AttachmentHosts hosts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        ArgumentNullException.ThrowIfNull(hosts);
        var result = await FetchAndStoreAsync(blog, attachment, hosts, cancellationToken).ConfigureAwait(false);
        if (result.Outcome == AttachmentOutcome.Downloaded)
        {
            LogDownloaded(logger, blog, attachment.Url, result.MediaId!);
        }
        else
        {
            LogNotDownloaded(logger, blog, attachment.Url, result.Outcome, result.Reason ?? "");
        }

        return result;
    }

    private async Task<AttachmentResult> FetchAndStoreAsync(string blog, WordPressAttachment attachment, AttachmentHosts hosts, CancellationToken cancellationToken)
    {
        AttachmentResult Refused(string why) => new(attachment.PostId, attachment.Url, AttachmentOutcome.Refused, "Not kept: " + why + ".");
        AttachmentResult Failed(string why) => new(attachment.PostId, attachment.Url, AttachmentOutcome.Failed, "The download failed: " + why + ".");

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(policy.Timeout);
        try
        {
            var (bytes, name) = await FetchAsync(new Uri(attachment.Url), hosts, timeout.Token).ConfigureAwait(false);
            var added = await library.UploadAsync(blog, name, bytes, MediaLibrary.ImportUploader, cancellationToken).ConfigureAwait(false);
            return new AttachmentResult(attachment.PostId, attachment.Url, AttachmentOutcome.Downloaded, null, added.Item.Id, MediaUrls.FullSize(added.Item));
        }
        catch (BloggingException exception) when (exception is MediaRejectedException or InvalidInputException)
        {
            // Not an accepted image, too large, too many pixels, or the blog's catalog is full.
            return Refused(exception.Message.TrimEnd('.'));
        }
        catch (AttachmentRefusedException exception)
        {
            return Refused(exception.Message);
        }
        catch (HttpRequestException exception) when (Refusal(exception) is { } refusal)
        {
            return Refused(refusal.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(string.Create(CultureInfo.InvariantCulture, $"it took longer than {policy.Timeout.TotalSeconds:0.#} seconds"));
        }
        catch (HttpRequestException exception)
        {
            return Failed(exception.Message.TrimEnd('.'));
        }
        catch (IOException exception)
        {
            return Failed(exception.Message.TrimEnd('.'));
        }
    }

    /// <summary>Follows the redirects (own hosts only) and reads the body within the media limit.</summary>
    private async Task<(byte[] Bytes, string Name)> FetchAsync(Uri uri, AttachmentHosts hosts, CancellationToken cancellationToken)
    {
        var client = clients.CreateClient(AttachmentHttp.ClientName);
        var limit = media.Value.MaxUploadBytes;
        for (var redirects = 0; ; redirects++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Accept.ParseAdd("image/*");
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                var next = location.IsAbsoluteUri ? location : new Uri(uri, location);
                if (hosts.Refusal(next.AbsoluteUri) is { } refusal)
                {
                    throw new AttachmentRefusedException($"it redirects to {next.AbsoluteUri}, and {refusal}");
                }

                if (redirects >= policy.MaxRedirects)
                {
                    throw new HttpRequestException($"more than {policy.MaxRedirects} redirects");
                }

                uri = next;
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"the server answered {status} {response.ReasonPhrase}".TrimEnd(), null, response.StatusCode);
            }

            if (response.Content.Headers.ContentLength > limit)
            {
                throw new AttachmentRefusedException($"it is {response.Content.Headers.ContentLength} bytes, over the media limit of {limit} bytes");
            }

            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                return (await ReadBoundedAsync(body, limit, cancellationToken).ConfigureAwait(false), FileName(uri));
            }
        }
    }

    private static async Task<byte[]> ReadBoundedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new AttachmentRefusedException($"it is over the media limit of {limit} bytes");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string FileName(Uri uri)
    {
        var name = Uri.UnescapeDataString(uri.AbsolutePath.TrimEnd('/'));
        name = name[(name.LastIndexOf('/') + 1)..];
        return name.Length == 0 ? "attachment" : name;
    }

    private static AttachmentRefusedException? Refusal(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is AttachmentRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }

    [LoggerMessage(EventId = 2203, Level = LogLevel.Information, Message = "Attachment {Url} of blog {Blog} stored as media {MediaId}")]
    private static partial void LogDownloaded(ILogger logger, string blog, string url, string mediaId);

    [LoggerMessage(EventId = 2204, Level = LogLevel.Information, Message = "Attachment {Url} of blog {Blog} not stored ({Outcome}): {Reason}")]
    private static partial void LogNotDownloaded(ILogger logger, string blog, string url, AttachmentOutcome outcome, string reason);
}
