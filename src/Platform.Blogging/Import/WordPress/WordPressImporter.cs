using Microsoft.Extensions.Logging;
using Platform.Blogging.Authoring;
using Platform.Blogging.Import.Foreign;

namespace Platform.Blogging.Import.WordPress;

/// <summary>
/// Imports a WordPress WXR export: posts and pages (pages flagged <c>page: true</c> and tagged <c>page</c>), the
/// category tree, tags, slugs, dates with their offsets, status and featured images; attachments are listed, and
/// handed to <see cref="IAttachmentDownloader"/> only when asked and only when on the export's own hosts. The whole
/// file is read and converted before anything is stored; each post is stored under
/// <c>wordpress/{site host}/{post id}</c>, so importing the same export again updates or skips, never duplicates.
/// See <c>docs/migrations.md</c>.
/// </summary>
public sealed class WordPressImporter(BlogAuthoring authoring, SourceImporter importer, IAttachmentDownloader downloader, ILogger<WordPressImporter> logger)
{
    /// <summary>Reads and converts a whole export for <paramref name="blog"/> (nothing is stored).</summary>
    /// <exception cref="ImportFormatException">The file has a DOCTYPE, is not well-formed XML or is not a WXR file; nothing was imported.</exception>
    public async Task<WordPressImport> ReadAsync(string blog, Stream xml, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var settings = await authoring.GetSettingsAsync(blog).ConfigureAwait(false);
        try
        {
            var channel = WxrReader.Read(await BoundedInput.ReadAsync(xml, ForeignImportLimits.MaxBytes, cancellationToken).ConfigureAwait(false));
            var hosts = new AttachmentHosts([channel.Link, channel.BaseSiteUrl, channel.BaseBlogUrl]);
            var converter = new WordPressPostConverter(channel, hosts, settings.ResolveTimeZone());
            var posts = channel.Items.Where(i => i.PostType != "attachment").Select(converter.Convert).ToArray();
            var attachments = channel.Items
                .Where(i => i.PostType == "attachment" && !string.IsNullOrWhiteSpace(i.AttachmentUrl))
                .Select(i => new WordPressAttachment(i.PostId ?? "", i.AttachmentUrl!))
                .ToArray();
            return new WordPressImport(posts, attachments, hosts);
        }
        catch (ImportFormatException exception)
        {
            ImportLog.Refused(logger, "WordPress", blog, exception.Message);
            throw;
        }
    }

    /// <summary>Stores what <see cref="ReadAsync"/> converted, then deals with the attachments; reports each post as it is done.</summary>
    public async Task<WordPressImportReport> ImportAsync(
        string blog, WordPressImport prepared, WordPressImportOptions options, IProgress<ImportFileResult>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(options);
        var posts = await importer.ImportAsync(blog, prepared.Posts, progress, cancellationToken).ConfigureAwait(false);
        var attachments = new List<AttachmentResult>(prepared.Attachments.Count);
        foreach (var attachment in prepared.Attachments)
        {
            attachments.Add(await AttachmentAsync(blog, attachment, prepared.Hosts, options, cancellationToken).ConfigureAwait(false));
        }

        var report = new WordPressImportReport(posts, attachments);
        ImportLog.Imported(logger, "WordPress", blog, posts);
        int allowed = attachments.Count - report.Count(AttachmentOutcome.Refused), refused = report.Count(AttachmentOutcome.Refused);
        ImportLog.Attachments(logger, blog, allowed, refused);
        return report;
    }

    /// <summary>Reads, converts and stores an export in one go.</summary>
    public async Task<WordPressImportReport> ImportAsync(
        string blog, Stream xml, WordPressImportOptions options, IProgress<ImportFileResult>? progress = null, CancellationToken cancellationToken = default) =>
        await ImportAsync(blog, await ReadAsync(blog, xml, cancellationToken).ConfigureAwait(false), options, progress, cancellationToken).ConfigureAwait(false);

    private async Task<AttachmentResult> AttachmentAsync(string blog, WordPressAttachment attachment, AttachmentHosts hosts, WordPressImportOptions options, CancellationToken cancellationToken)
    {
        if (hosts.Refusal(attachment.Url) is { } refusal)
        {
            return new AttachmentResult(attachment.PostId, attachment.Url, AttachmentOutcome.Refused, "Not fetched: " + refusal + ".");
        }

        if (!options.DownloadAttachments)
        {
            return new AttachmentResult(attachment.PostId, attachment.Url, AttachmentOutcome.Allowed, "On the export's own host; not downloaded (the download was not asked for).");
        }

        try
        {
            return await downloader.DownloadAsync(blog, attachment, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or TimeoutException)
        {
            return new AttachmentResult(attachment.PostId, attachment.Url, AttachmentOutcome.Failed, "The download failed: " + exception.Message);
        }
    }
}
