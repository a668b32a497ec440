using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.Options;
using Platform.Blogging.Access;
using Platform.Blogging.Blogs;
using Platform.Blogging.Errors;
using Platform.Blogging.Hosting;
using Platform.Blogging.Posts;
using Platform.Blogging.Revisions;

namespace Platform.Blogging.Export;

/// <summary>
/// Writes a blog as a zip: a Jekyll site (<c>_config.yml</c>, <c>_posts/</c>, <c>_drafts/</c>, media) and
/// <c>platform-export.json</c> with everything else. The archive is streamed: posts are read a few at a time, and
/// what the zip writer produced is handed to the output after every post, so memory stays bounded by a post, not
/// by the blog. Each post is read twice (once for its file, once for the JSON document), so a post saved while the
/// export runs may differ between the two. Access tokens are never read; the members are (names, emails, roles).
/// </summary>
public sealed class BlogExporter(IGrainFactory grains, IExportMediaSource media, TimeProvider time, IOptions<BloggingOptions> options)
{
    /// <summary>How many posts are read at once.</summary>
    private const int ReadAhead = 16;

    /// <summary>Writes the export of <paramref name="blog"/> to <paramref name="output"/>; <see cref="BlogNotFoundException"/> (before anything is written) when there is no such blog.</summary>
    public async Task<ExportSummary> ExportAsync(
        string blog, Stream output, ExportAddress address, IProgress<ExportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blog);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(address);
        if (!BlogName.IsValid(blog))
        {
            throw new BlogNotFoundException(blog);
        }

        var read = await grains.GetGrain<IBlogGrain>(blog).Read(0).ConfigureAwait(false);
        var index = read.Index ?? throw new BlogNotFoundException(blog);
        var settings = index.Settings;
        var exportedAt = time.GetUtcNow();
        var entries = index.Posts.OrderBy(p => p.Date).ThenBy(p => p.Id, StringComparer.Ordinal).ToArray();
        var former = index.Redirects
            .GroupBy(r => r.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(r => r.Key).Order(StringComparer.Ordinal)], StringComparer.Ordinal);
        var steps = new Steps(progress, entries.Length * 2);
        var warnings = new List<string>();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        int published = 0, scheduled = 0, drafts = 0;
        var kramdown = false;

        using var spool = new ArchiveSpool();
        using (var zip = new ZipArchive(spool, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8))
        {
            await foreach (var post in ReadAsync(blog, entries, former, exportedAt, withRevisions: false, cancellationToken).ConfigureAwait(false))
            {
                var file = JekyllPostWriter.Write(post, settings, address);
                files[post.Entry.Id] = file.Path;
                kramdown |= file.UsesKramdown;
                switch (post.Status)
                {
                    case PostStatus.Draft:
                        drafts++;
                        break;
                    case PostStatus.Scheduled:
                        scheduled++;
                        break;
                    default:
                        published++;
                        break;
                }

                if (!file.Faithful)
                {
                    warnings.Add($"{file.Path}: the front matter could not be written so that an import gives exactly the stored values; platform-export.json has them.");
                }

                var bytes = Encoding.UTF8.GetBytes(file.Text);
                if (bytes.Length > options.Value.MaxBodyBytes)
                {
                    warnings.Add($"{file.Path}: {bytes.Length} bytes with its front matter, over Blogging:MaxBodyBytes ({options.Value.MaxBodyBytes}); an import refuses it unless the limit is raised.");
                }

                AddBytes(zip, file.Path, bytes);
                await spool.DrainAsync(output, cancellationToken).ConfigureAwait(false);
                steps.Next();
            }

            AddBytes(zip, ExportFormat.ConfigPath, Encoding.UTF8.GetBytes(JekyllConfigWriter.Write(settings, address, kramdown, exportedAt)));
            await spool.DrainAsync(output, cancellationToken).ConfigureAwait(false);

            var mediaFiles = await AddMediaAsync(zip, spool, output, blog, warnings, cancellationToken).ConfigureAwait(false);
            var summary = new ExportSummary(published, scheduled, drafts, mediaFiles.Count, warnings);
            var entry = zip.CreateEntry(ExportFormat.DocumentPath, CompressionLevel.Optimal);
            using (var stream = entry.Open())
            {
                var json = new ExportDocumentWriter(stream);
                await using (json.ConfigureAwait(false))
                {
                    var members = await grains.GetGrain<IBlogAccessGrain>(blog).Members().ConfigureAwait(false);
                    json.WriteStart(settings, address, exportedAt, summary, members);
                    await foreach (var post in ReadAsync(blog, entries, former, exportedAt, withRevisions: true, cancellationToken).ConfigureAwait(false))
                    {
                        json.WritePost(post, files.GetValueOrDefault(post.Entry.Id), address);
                        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                        await spool.DrainAsync(output, cancellationToken).ConfigureAwait(false);
                        steps.Next();
                    }

                    json.WriteEnd(mediaFiles, warnings);
                }
            }

            // Disposing the archive writes its central directory into the spool.
            zip.Dispose();
            await spool.DrainAsync(output, cancellationToken).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            return summary;
        }
    }

    /// <summary>The posts of <paramref name="entries"/> in their order, read <see cref="ReadAhead"/> at a time; a post whose document is gone is left out.</summary>
    private async IAsyncEnumerable<ExportPost> ReadAsync(
        string blog, PostEntry[] entries, Dictionary<string, IReadOnlyList<string>> former, DateTimeOffset now, bool withRevisions, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var chunk in entries.Chunk(ReadAhead))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var documents = await Task.WhenAll(chunk.Select(e => grains.GetGrain<IPostGrain>(PostKey.Of(blog, e.Id)).GetDocument())).ConfigureAwait(false);
            for (var i = 0; i < chunk.Length; i++)
            {
                if (documents[i] is { } document)
                {
                    yield return new ExportPost(chunk[i], document, chunk[i].StatusAt(now), former.GetValueOrDefault(chunk[i].Id) ?? [])
                    {
                        Revisions = withRevisions ? await RevisionsAsync(blog, chunk[i].Id).ConfigureAwait(false) : [],
                    };
                }
            }
        }
    }

    /// <summary>A post's kept revisions with their sources, newest first; one pruned between the listing and the read is left out.</summary>
    private async Task<IReadOnlyList<PostRevision>> RevisionsAsync(string blog, string postId)
    {
        var history = grains.GetGrain<IPostRevisionsGrain>(PostKey.Of(blog, postId));
        var kept = new List<PostRevision>();
        foreach (var info in await history.List().ConfigureAwait(false))
        {
            if (await history.Find(info.Number).ConfigureAwait(false) is { } revision)
            {
                kept.Add(revision);
            }
        }

        return kept;
    }

    private async Task<List<ExportMediaFile>> AddMediaAsync(ZipArchive zip, ArchiveSpool spool, Stream output, string blog, List<string> warnings, CancellationToken cancellationToken)
    {
        var written = new List<ExportMediaFile>();
        var buffer = new byte[81920];
        await foreach (var file in media.ListAsync(blog, cancellationToken).ConfigureAwait(false))
        {
            if (!IsRelativePath(file.Path))
            {
                warnings.Add($"media '{file.Path}': not a relative path; left out.");
                continue;
            }

            var source = await file.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (source.ConfigureAwait(false))
            {
                using var target = zip.CreateEntry(file.Path, CompressionLevel.Optimal).Open();
                int count;
                while ((count = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    target.Write(buffer, 0, count);
                    await spool.DrainAsync(output, cancellationToken).ConfigureAwait(false);
                }
            }

            await spool.DrainAsync(output, cancellationToken).ConfigureAwait(false);
            written.Add(file);
        }

        return written;
    }

    private static bool IsRelativePath(string path) =>
        path.Length > 0 && !path.StartsWith('/') && !path.Contains('\\', StringComparison.Ordinal) && !path.Contains(':', StringComparison.Ordinal)
        && path.Split('/').All(segment => segment.Length > 0 && segment is not ("." or ".."))
        && !path.StartsWith(ExportFormat.PostsFolder, StringComparison.Ordinal) && !path.StartsWith(ExportFormat.DraftsFolder, StringComparison.Ordinal)
        && path is not (ExportFormat.ConfigPath or ExportFormat.DocumentPath);

    private static void AddBytes(ZipArchive zip, string path, byte[] bytes)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
        stream.Write(bytes);
    }

    /// <summary>Counts steps and reports them.</summary>
    private sealed class Steps(IProgress<ExportProgress>? progress, int total)
    {
        private int _done;

        public void Next() => progress?.Report(new ExportProgress(++_done, total));
    }
}
