using Microsoft.Extensions.Logging;
using Platform.Blogging.Authoring;
using Platform.Blogging.Errors;
using Platform.Blogging.Import.Foreign;

namespace Platform.Blogging.Import.Ghost;

/// <summary>
/// Imports a Ghost JSON export: posts and pages (pages flagged <c>page: true</c> and tagged <c>page</c>), tags,
/// authors, dates, slugs, feature images and status. The whole file is read and converted before anything is stored;
/// each post is then stored under <c>ghost/{id}</c>, so importing the same export again updates or skips, never
/// duplicates. See <c>docs/migrations.md</c>.
/// </summary>
public sealed class GhostImporter(BlogAuthoring authoring, SourceImporter importer, ILogger<GhostImporter> logger)
{
    /// <summary>Reads and converts a whole export for <paramref name="blog"/> (nothing is stored).</summary>
    /// <exception cref="ImportFormatException">The file is not a readable Ghost export; nothing was imported.</exception>
    public async Task<IReadOnlyList<ImportItem>> ReadAsync(string blog, Stream json, GhostImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(options);
        if (options.SiteUrl is { } site && (!site.IsAbsoluteUri || site.Scheme is not ("http" or "https") || site.Query.Length > 0 || site.Fragment.Length > 0))
        {
            throw new InvalidInputException("siteUrl", "The Ghost site's URL must be an absolute http or https URL without a query.");
        }

        var settings = await authoring.GetSettingsAsync(blog).ConfigureAwait(false);
        try
        {
            var export = GhostExportReader.Read(await BoundedInput.ReadAsync(json, ForeignImportLimits.MaxBytes, cancellationToken).ConfigureAwait(false));
            var converter = new GhostPostConverter(export, settings.ResolveTimeZone(), options);
            return export.Posts.Select(converter.Convert).ToArray();
        }
        catch (ImportFormatException exception)
        {
            ImportLog.Refused(logger, "Ghost", blog, exception.Message);
            throw;
        }
    }

    /// <summary>Stores what <see cref="ReadAsync"/> converted; reports each post as it is done.</summary>
    public async Task<ImportReport> ImportAsync(string blog, IReadOnlyList<ImportItem> items, IProgress<ImportFileResult>? progress = null, CancellationToken cancellationToken = default)
    {
        var report = await importer.ImportAsync(blog, items, progress, cancellationToken).ConfigureAwait(false);
        ImportLog.Imported(logger, "Ghost", blog, report);
        return report;
    }

    /// <summary>Reads, converts and stores an export in one go.</summary>
    public async Task<ImportReport> ImportAsync(string blog, Stream json, GhostImportOptions options, IProgress<ImportFileResult>? progress = null, CancellationToken cancellationToken = default) =>
        await ImportAsync(blog, await ReadAsync(blog, json, options, cancellationToken).ConfigureAwait(false), progress, cancellationToken).ConfigureAwait(false);
}
