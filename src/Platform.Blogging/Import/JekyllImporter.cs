using System.Text;
using Microsoft.Extensions.Options;
using Platform.Blogging.Authoring;
using Platform.Blogging.Blogs;
using Platform.Blogging.Content;
using Platform.Blogging.Errors;
using Platform.Blogging.Hosting;
using Platform.Blogging.Import.Jekyll;
using Platform.Blogging.Posts;

namespace Platform.Blogging.Import;

/// <summary>
/// Imports a Jekyll site (<c>_config.yml</c>, <c>_posts</c> and <c>_drafts</c>) from a folder or a zip. Idempotent: a file imported before (same file name)
/// updates its post, or is skipped when unchanged; it never makes a second post. One bad file does not stop the rest.
/// Each post records <c>markdown: kramdown</c> in its front matter unless it names a dialect (see <see cref="JekyllDialect"/>).
/// </summary>
public sealed class JekyllImporter(BlogAuthoring authoring, IOptions<BloggingOptions> options, JekyllMedia media)
{
    /// <summary>At most this many files are read from one import.</summary>
    public const int MaxFiles = 5000;

    /// <summary>At most this many bytes are read from one import, uncompressed.</summary>
    public const long MaxTotalBytes = 256L * 1024 * 1024;

    /// <summary>Imports a Jekyll site from a folder (its root, or its <c>_posts</c> folder); see <see cref="ImportSiteAsync"/>.</summary>
    public Task<ImportReport> ImportFolderAsync(string blog, string folder, IProgress<ImportFileResult>? progress = null, JekyllImportOptions? importOptions = null, CancellationToken cancellationToken = default) =>
        ImportSiteAsync(blog, JekyllArchive.ReadFolder(folder), importOptions, progress, cancellationToken);

    /// <summary>Imports a Jekyll site from a zip, checked whole before anything is stored (see <see cref="JekyllArchive"/>); see <see cref="ImportSiteAsync"/>.</summary>
    public async Task<ImportReport> ImportZipAsync(string blog, Stream zip, IProgress<ImportFileResult>? progress = null, JekyllImportOptions? importOptions = null, CancellationToken cancellationToken = default)
    {
        var files = await JekyllArchive.ReadZipAsync(zip, cancellationToken).ConfigureAwait(false);
        return await ImportSiteAsync(blog, files, importOptions, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Imports a site's files: <c>_config.yml</c> (see <see cref="JekyllSitePreparer"/>), then its posts and drafts,
    /// their Liquid resolved. Everything is read and checked before the first write: invalid YAML anywhere refuses the
    /// whole site. The report lists each post file (with what its conversion noted), each page left out, and notes on
    /// the configuration.
    /// </summary>
    public async Task<ImportReport> ImportSiteAsync(string blog, IReadOnlyList<ImportSourceFile> files, JekyllImportOptions? importOptions = null, IProgress<ImportFileResult>? progress = null, CancellationToken cancellationToken = default)
    {
        var site = JekyllSite.From(files);
        CheckSize(site.Posts.Count, site.Posts.Sum(f => f.Length));
        var settings = await authoring.GetSettingsAsync(blog).ConfigureAwait(false);
        var hasPosts = (await authoring.GetBlogAsync(blog).ConfigureAwait(false)).All.Count > 0;
        var prepared = await JekyllSitePreparer.PrepareAsync(site, settings, hasPosts, importOptions ?? JekyllImportOptions.Default, options.Value.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (prepared.SettingsUpdate is { } update)
        {
            await authoring.UpdateBlogAsync(blog, update).ConfigureAwait(false);
        }

        // The posts' local images come from the same checked files (no second read of the archive or folder).
        var report = await ImportAsync(blog, prepared.Posts, progress, JekyllSiteFiles.FromSite(site, prepared.BasePaths, prepared.Origin), cancellationToken).ConfigureAwait(false);
        return JekyllReport.Merge(report, prepared);
    }

    /// <summary>How many files are read and rendered at once, ahead of being stored in order.</summary>
    private const int ChunkSize = 64;

    /// <summary>
    /// Imports the given files in order of their paths. Files are read and rendered in parallel, a chunk at a time;
    /// each chunk is then stored in path order, so the same site always gets the same slugs.
    /// </summary>
    public async Task<ImportReport> ImportAsync(string blog, IReadOnlyList<ImportSourceFile> files, IProgress<ImportFileResult>? progress = null, JekyllSiteFiles? site = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var settings = await authoring.GetSettingsAsync(blog).ConfigureAwait(false);
        CheckSize(files.Count, files.Sum(f => f.Length));

        var results = new List<ImportFileResult>(files.Count);
        var stored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in files.OrderBy(f => f.Path, StringComparer.Ordinal).Chunk(ChunkSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var prepared = await Task.WhenAll(chunk.Select(file => Task.Run(() => PrepareAsync(blog, settings, file, site, cancellationToken), cancellationToken))).ConfigureAwait(false);
            foreach (var item in prepared)
            {
                var result = item.Result ?? await StoreAsync(blog, settings, item, stored).ConfigureAwait(false);
                results.Add(result);
                progress?.Report(result);
            }
        }

        return new ImportReport(results) { Media = site?.Results ?? [] };
    }

    private static void CheckSize(int count, long totalBytes)
    {
        if (count > MaxFiles)
        {
            throw new InvalidInputException("file", $"The import has {count} files; at most {MaxFiles}.");
        }

        if (totalBytes > MaxTotalBytes)
        {
            throw new InvalidInputException("file", $"The import is over {MaxTotalBytes / (1024 * 1024)} MiB uncompressed.");
        }
    }

    /// <summary>Reads, checks and renders one file (no write); a file that needs no write comes back with its result.</summary>
    private async Task<PreparedFile> PrepareAsync(string blog, BlogSettings settings, ImportSourceFile file, JekyllSiteFiles? site, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file.Path);
        DateTimeOffset? date = null;
        var draft = JekyllDraftName.TryParse(file.Path, out var slug, out var draftName);
        if (draft)
        {
            name = draftName;
        }
        else if (JekyllFileName.TryParse(name, settings.ResolveTimeZone(), out var fileDate, out slug))
        {
            date = fileDate;
        }
        else
        {
            return PreparedFile.Done(file, new ImportFileResult(file.Path, ImportOutcome.Skipped, null, null, "Not a Jekyll post file name (YYYY-MM-DD-slug.md) or draft (_drafts/slug.md)."));
        }

        var limit = options.Value.MaxBodyBytes;
        if (file.Length > limit)
        {
            return PreparedFile.Done(file, new ImportFileResult(file.Path, ImportOutcome.Failed, null, null, $"The file is {file.Length} bytes, over the limit of {limit} bytes."));
        }

        try
        {
            string markdown;
            var stream = file.Open();
            await using (stream.ConfigureAwait(false))
            {
                using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
                markdown = (await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false)).TrimStart('\uFEFF');
            }

            if (markdown.Contains('\0', StringComparison.Ordinal))
            {
                return PreparedFile.Done(file, new ImportFileResult(file.Path, ImportOutcome.Failed, null, null, "The file is binary, not Markdown text."));
            }

            markdown = site is null ? markdown : await media.BringAsync(blog, file.Path, markdown, site, cancellationToken).ConfigureAwait(false);
            markdown = JekyllDialect.Record(markdown);
            var source = new PostSource(markdown, name, date, slug, ForceDraft: draft);
            var existingId = await authoring.FindBySourceAsync(blog, name).ConfigureAwait(false);
            var current = existingId is null ? null : await authoring.GetPostAsync(blog, existingId).ConfigureAwait(false);
            if (current is not null && string.Equals(current.Content.Source, markdown, StringComparison.Ordinal))
            {
                var entry = await authoring.GetEntryAsync(blog, current.Id).ConfigureAwait(false);
                return PreparedFile.Done(file, new ImportFileResult(file.Path, ImportOutcome.Skipped, current.Id, entry?.Permalink, "Unchanged since the last import."));
            }

            var composed = authoring.Compose(settings, source, current, current?.Content.OwnerId);
            return new PreparedFile(file, name, source, current, composed, null);
        }
        catch (DecoderFallbackException)
        {
            return PreparedFile.Done(file, new ImportFileResult(file.Path, ImportOutcome.Failed, null, null, "The file is not valid UTF-8 text."));
        }
        catch (ContentException exception)
        {
            return PreparedFile.Done(file, new ImportFileResult(file.Path, ImportOutcome.Failed, null, null, exception.Message));
        }
        catch (BloggingException exception) when (exception is not BlogNotFoundException)
        {
            return PreparedFile.Done(file, new ImportFileResult(file.Path, ImportOutcome.Failed, null, null, exception.Message));
        }
    }

    /// <summary>Stores one rendered file, in path order.</summary>
    private async Task<ImportFileResult> StoreAsync(string blog, BlogSettings settings, PreparedFile item, HashSet<string> stored)
    {
        var file = item.File;
        try
        {
            if (!stored.Add(item.Name))
            {
                // Two files of one import share a name (in different folders): the later one updates the post the
                // earlier one made, as a second import would; it is rendered again against that post.
                var id = await authoring.FindBySourceAsync(blog, item.Name).ConfigureAwait(false);
                var current = id is null ? null : await authoring.GetPostAsync(blog, id).ConfigureAwait(false);
                item = item with { Current = current, Composed = authoring.Compose(settings, item.Source!, current, current?.Content.OwnerId) };
            }

            var composed = item.Composed!;
            if (item.Current is { } existing)
            {
                var updated = await authoring.StoreComposedAsync(blog, existing.Id, composed, existing.Revision, existing, item.Name).ConfigureAwait(false);
                return new ImportFileResult(file.Path, ImportOutcome.Updated, updated.Entry.Id, updated.Entry.Permalink, null);
            }

            var created = await authoring.StoreComposedAsync(blog, PostKey.NewId(), composed, expectedRevision: 0, previous: null, item.Name).ConfigureAwait(false);
            return new ImportFileResult(file.Path, ImportOutcome.Imported, created.Entry.Id, created.Entry.Permalink, null);
        }
        catch (ContentException exception)
        {
            return new ImportFileResult(file.Path, ImportOutcome.Failed, null, null, exception.Message);
        }
        catch (BloggingException exception) when (exception is not BlogNotFoundException)
        {
            return new ImportFileResult(file.Path, ImportOutcome.Failed, null, null, exception.Message);
        }
    }

    /// <summary>A file read and rendered, or already answered (<see cref="Result"/>).</summary>
    private sealed record PreparedFile(ImportSourceFile File, string Name, PostSource? Source, PostDocument? Current, ComposedPost? Composed, ImportFileResult? Result)
    {
        public static PreparedFile Done(ImportSourceFile file, ImportFileResult result) => new(file, "", null, null, null, result);
    }
}
