using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.Options;
using Platform.Blogging.Authoring;
using Platform.Blogging.Content;
using Platform.Blogging.Errors;
using Platform.Blogging.Hosting;

namespace Platform.Blogging.Import;

/// <summary>
/// Imports a Jekyll site's <c>_posts</c> from a folder or a zip. Idempotent: a file imported before (same file name)
/// updates its post, or is skipped when unchanged; it never makes a second post. One bad file does not stop the rest.
/// </summary>
public sealed class JekyllImporter(BlogAuthoring authoring, IOptions<BloggingOptions> options)
{
    /// <summary>At most this many files are read from one import.</summary>
    public const int MaxFiles = 5000;

    /// <summary>At most this many bytes are read from one import, uncompressed.</summary>
    public const long MaxTotalBytes = 256L * 1024 * 1024;

    /// <summary>Imports every post file under a folder (its <c>_posts</c> folder if it has one).</summary>
    public Task<ImportReport> ImportFolderAsync(string blog, string folder, IProgress<ImportFileResult>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder))
        {
            throw new InvalidInputException("path", $"There is no folder '{folder}'.");
        }

        var root = Directory.Exists(Path.Combine(folder, "_posts")) ? Path.Combine(folder, "_posts") : folder;
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path => new ImportSourceFile(Path.GetRelativePath(root, path).Replace('\\', '/'), new FileInfo(path).Length, () => File.OpenRead(path)))
            .ToArray();
        return ImportAsync(blog, files, progress, cancellationToken);
    }

    /// <summary>Imports every post file in a zip (files under a <c>_posts/</c> folder if there are any).</summary>
    public async Task<ImportReport> ImportZipAsync(string blog, Stream zip, IProgress<ImportFileResult>? progress = null, CancellationToken cancellationToken = default)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException exception)
        {
            throw new InvalidInputException("file", $"The upload is not a readable zip file: {exception.Message}");
        }

        using (archive)
        {
            var entries = archive.Entries.Where(e => !e.FullName.EndsWith('/')).ToArray();
            var posts = entries.Where(e => e.FullName.Contains("_posts/", StringComparison.Ordinal)).ToArray();
            var chosen = posts.Length > 0 ? posts : entries;
            CheckSize(chosen.Length, chosen.Sum(e => e.Length));

            // Every entry is read (and its checksum verified) before anything is imported, so a damaged archive
            // is refused whole, naming the entry, instead of being half-imported.
            var files = new List<ImportSourceFile>(chosen.Length);
            foreach (var entry in chosen)
            {
                var bytes = await ReadEntryAsync(entry, cancellationToken).ConfigureAwait(false);
                files.Add(new ImportSourceFile(entry.FullName, bytes.Length, () => new MemoryStream(bytes, writable: false)));
            }

            return await ImportAsync(blog, files, progress, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Imports the given files in order of their paths.</summary>
    public async Task<ImportReport> ImportAsync(string blog, IReadOnlyList<ImportSourceFile> files, IProgress<ImportFileResult>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var snapshot = await authoring.GetBlogAsync(blog).ConfigureAwait(false);
        CheckSize(files.Count, files.Sum(f => f.Length));

        var zone = snapshot.Settings.ResolveTimeZone();
        var results = new List<ImportFileResult>(files.Count);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await ImportOneAsync(blog, file, zone).ConfigureAwait(false);
            results.Add(result);
            progress?.Report(result);
        }

        return new ImportReport(results);
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

    private static async Task<byte[]> ReadEntryAsync(ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            var stream = entry.Open();
            await using (stream.ConfigureAwait(false))
            {
                using var buffer = new MemoryStream((int)Math.Min(entry.Length, MaxTotalBytes));
                await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
                return buffer.ToArray();
            }
        }
        catch (InvalidDataException exception)
        {
            throw new InvalidInputException("file", $"The zip entry '{entry.FullName}' is damaged ({exception.Message}); nothing was imported.");
        }
    }

    private async Task<ImportFileResult> ImportOneAsync(string blog, ImportSourceFile file, TimeZoneInfo zone)
    {
        var name = Path.GetFileName(file.Path);
        if (!JekyllFileName.TryParse(name, zone, out var date, out var slug))
        {
            return new ImportFileResult(file.Path, ImportOutcome.Skipped, null, null, "Not a Jekyll post file name (YYYY-MM-DD-slug.md).");
        }

        var limit = options.Value.MaxBodyBytes;
        if (file.Length > limit)
        {
            return new ImportFileResult(file.Path, ImportOutcome.Failed, null, null, $"The file is {file.Length} bytes, over the limit of {limit} bytes.");
        }

        try
        {
            string markdown;
            var stream = file.Open();
            await using (stream.ConfigureAwait(false))
            {
                using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
                markdown = (await reader.ReadToEndAsync().ConfigureAwait(false)).TrimStart('\uFEFF');
            }

            if (markdown.Contains('\0', StringComparison.Ordinal))
            {
                return new ImportFileResult(file.Path, ImportOutcome.Failed, null, null, "The file is binary, not Markdown text.");
            }

            var source = new PostSource(markdown, name, date, slug);
            var existing = await authoring.GetBlogAsync(blog).ConfigureAwait(false);
            var existingId = await FindAsync(blog, name).ConfigureAwait(false);
            if (existingId is null)
            {
                var created = await authoring.CreatePostAsync(blog, source, name).ConfigureAwait(false);
                return new ImportFileResult(file.Path, ImportOutcome.Imported, created.Entry.Id, created.Entry.Permalink, null);
            }

            var current = await authoring.GetPostAsync(blog, existingId).ConfigureAwait(false);
            if (string.Equals(current.Content.Source, markdown, StringComparison.Ordinal))
            {
                var permalink = existing.ById.TryGetValue(existingId, out var entry) ? entry.Permalink : null;
                return new ImportFileResult(file.Path, ImportOutcome.Skipped, existingId, permalink, "Unchanged since the last import.");
            }

            var updated = await authoring.UpdatePostAsync(blog, existingId, source, current.Revision, name).ConfigureAwait(false);
            return new ImportFileResult(file.Path, ImportOutcome.Updated, updated.Entry.Id, updated.Entry.Permalink, null);
        }
        catch (DecoderFallbackException)
        {
            return new ImportFileResult(file.Path, ImportOutcome.Failed, null, null, "The file is not valid UTF-8 text.");
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

    private Task<string?> FindAsync(string blog, string sourceName) => authoring.FindBySourceAsync(blog, sourceName);
}
