using Microsoft.Extensions.Logging;
using Platform.Blogging.Authoring;
using Platform.Blogging.Import.Foreign;

namespace Platform.Blogging.Import.WordPress;

/// <summary>
/// Imports a WordPress WXR export: posts and pages (pages flagged <c>page: true</c> and tagged <c>page</c>), the
/// category tree, tags, slugs, dates with their offsets, status and featured images; attachments are listed, and
/// downloaded into the blog's media (<see cref="IAttachmentDownloader"/>) only when asked and only from the export's
/// own hosts, before the posts are stored, so the posts link to the served copies (<see cref="AttachmentLinks"/>). The
/// whole file is read and converted before anything is stored; each post is stored under
/// <c>wordpress/{site host}/{post id}</c>, so importing the same export again updates or skips, never duplicates.
/// See <c>docs/migrations.md</c>.
/// </summary>
public sealed class WordPressImporter(
    BlogAuthoring authoring, SourceImporter importer, IAttachmentDownloader downloader, AttachmentDownloadPolicy policy, ILogger<WordPressImporter> logger)
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
            var hosts = new AttachmentHosts([channel.Link, channel.BaseSiteUrl, channel.BaseBlogUrl], policy.AllowInternalAddresses);
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

    /// <summary>
    /// Downloads the attachments when asked (reporting each through <paramref name="attachmentProgress"/>), points the
    /// posts at the downloaded ones, then stores the posts, reporting each through <paramref name="progress"/>.
    /// </summary>
    public async Task<WordPressImportReport> ImportAsync(
        string blog,
        WordPressImport prepared,
        WordPressImportOptions options,
        IProgress<ImportFileResult>? progress = null,
        IProgress<AttachmentResult>? attachmentProgress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(options);
        var attachments = await AttachmentsAsync(blog, prepared, options, attachmentProgress, cancellationToken).ConfigureAwait(false);
        var items = options.DownloadAttachments ? new AttachmentLinks(attachments).Rewrite(prepared.Posts) : prepared.Posts;
        var posts = await importer.ImportAsync(blog, items, progress, cancellationToken).ConfigureAwait(false);
        var report = new WordPressImportReport(posts, attachments);
        ImportLog.Imported(logger, "WordPress", blog, posts);
        ImportLog.Attachments(logger, blog, report);
        return report;
    }

    /// <summary>Reads, converts and stores an export in one go.</summary>
    public async Task<WordPressImportReport> ImportAsync(
        string blog, Stream xml, WordPressImportOptions options, IProgress<ImportFileResult>? progress = null, CancellationToken cancellationToken = default) =>
        await ImportAsync(blog, await ReadAsync(blog, xml, cancellationToken).ConfigureAwait(false), options, progress, null, cancellationToken).ConfigureAwait(false);

    /// <summary>One result per attachment, in file order; downloads run a few at a time.</summary>
    private async Task<AttachmentResult[]> AttachmentsAsync(
        string blog, WordPressImport prepared, WordPressImportOptions options, IProgress<AttachmentResult>? progress, CancellationToken cancellationToken)
    {
        var results = new AttachmentResult[prepared.Attachments.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, policy.Concurrency), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, results.Length), parallel, async (index, token) =>
        {
            results[index] = await AttachmentAsync(blog, prepared.Attachments[index], prepared.Hosts, options, token).ConfigureAwait(false);
            progress?.Report(results[index]);
        }).ConfigureAwait(false);
        return results;
    }

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

        return await downloader.DownloadAsync(blog, attachment, hosts, cancellationToken).ConfigureAwait(false);
    }
}
