using System.Collections.Concurrent;
using System.IO.Compression;

namespace Platform.Blogging.Import;

/// <summary>
/// The files of the Jekyll site being imported (beyond its posts), by their path from the site's root, so posts'
/// references can be read: a folder, or a zip whose root is the folder holding <c>_posts</c>. Reads are bounded
/// (a file over the limit is not read) and never leave the site: no <c>..</c>, no symbolic links. It also collects
/// what became of each reference (<see cref="Results"/>), and remembers the files already stored by this import.
/// </summary>
public sealed class JekyllSiteFiles
{
    private readonly Func<string, long, Task<SiteFile>> _read;
    private readonly ConcurrentQueue<ImportMediaResult> _results = new();
    private long _bytesRead;

    private readonly string _postsPrefix;

    private JekyllSiteFiles(Func<string, long, Task<SiteFile>> read, string postsPrefix = "")
    {
        _read = read;
        _postsPrefix = postsPrefix;
    }

    /// <summary>A post's path from the site's root, from the path the importer knows it by (a folder import names posts from inside <c>_posts</c>).</summary>
    internal string SitePathOfPost(string importPath) =>
        importPath.StartsWith("_drafts/", StringComparison.Ordinal) ? importPath : _postsPrefix + importPath;

    /// <summary>What became of every local reference, in the order they were met.</summary>
    public IReadOnlyList<ImportMediaResult> Results => [.. _results];

    /// <summary>Files of this import already read and stored, by site path.</summary>
    internal ConcurrentDictionary<string, Lazy<Task<(ImportMediaOutcome Outcome, Media.MediaItem? Item, string? Reason)>>> Stored { get; } = new(StringComparer.Ordinal);

    internal void Record(ImportMediaResult result) => _results.Enqueue(result);

    /// <summary>The site in a folder (the folder that holds <c>_posts</c>).</summary>
    public static JekyllSiteFiles FromFolder(string folder)
    {
        var root = Path.GetFullPath(folder);
        return new JekyllSiteFiles(async (path, limit) =>
        {
            var full = Path.GetFullPath(Path.Combine(root, path));
            if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
            {
                return SiteFile.Missing;
            }

            var info = new FileInfo(full);
            if (info.LinkTarget is not null || HasLinkedFolder(root, full))
            {
                return new SiteFile(null, "It is a symbolic link (or inside one); links are not followed.");
            }

            if (info.Length > limit)
            {
                return new SiteFile(null, $"It is {info.Length} bytes, over the media limit of {limit} bytes.");
            }

            return new SiteFile(await File.ReadAllBytesAsync(full).ConfigureAwait(false), null);
        }, Directory.Exists(Path.Combine(root, "_posts")) ? "_posts/" : "");
    }

    /// <summary>The site in a zip: entries are read one at a time (a zip archive is not thread-safe) and bounded by their real length.</summary>
    public static JekyllSiteFiles FromZip(ZipArchive archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var entries = archive.Entries.Where(e => !e.FullName.EndsWith('/')).ToArray();
        var postsEntry = entries.FirstOrDefault(e => e.FullName.Contains("_posts/", StringComparison.Ordinal));
        var root = postsEntry is null ? "" : postsEntry.FullName[..postsEntry.FullName.IndexOf("_posts/", StringComparison.Ordinal)];
        var byPath = new Dictionary<string, ZipArchiveEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.FullName.StartsWith(root, StringComparison.Ordinal))
            {
                byPath.TryAdd(entry.FullName[root.Length..], entry);
            }
        }

        var gate = new SemaphoreSlim(1, 1);
        return new JekyllSiteFiles(async (path, limit) =>
        {
            if (!byPath.TryGetValue(path, out var entry))
            {
                return SiteFile.Missing;
            }

            if (IsSymbolicLink(entry))
            {
                return new SiteFile(null, "It is a symbolic link; links are not followed.");
            }

            if (entry.Length > limit)
            {
                return new SiteFile(null, $"It is {entry.Length} bytes, over the media limit of {limit} bytes.");
            }

            await gate.WaitAsync().ConfigureAwait(false);
            try
            {
                var stream = entry.Open();
                await using (stream.ConfigureAwait(false))
                {
                    using var buffer = new MemoryStream();
                    var chunk = new byte[81920];
                    int read;
                    while ((read = await stream.ReadAsync(chunk).ConfigureAwait(false)) > 0)
                    {
                        buffer.Write(chunk, 0, read);
                        if (buffer.Length > limit)
                        {
                            return new SiteFile(null, $"It inflates past the media limit of {limit} bytes.");
                        }
                    }

                    return new SiteFile(buffer.ToArray(), null);
                }
            }
            catch (InvalidDataException exception)
            {
                return new SiteFile(null, $"The zip entry is damaged ({exception.Message}).");
            }
            finally
            {
                gate.Release();
            }
        });
    }

    /// <summary>Reads a file by its path from the site's root (already normalised: no <c>..</c>, no leading <c>/</c>).</summary>
    internal async Task<SiteFile> ReadAsync(string path, long limit)
    {
        var file = await _read(path, limit).ConfigureAwait(false);
        if (file.Bytes is { } bytes && Interlocked.Add(ref _bytesRead, bytes.LongLength) > JekyllImporter.MaxTotalBytes)
        {
            return new SiteFile(null, $"The import's media is over {JekyllImporter.MaxTotalBytes / (1024 * 1024)} MiB in all; the rest is not read.");
        }

        return file;
    }

    /// <summary>Unix symbolic links in a zip: the mode bits in the high half of the external attributes.</summary>
    private static bool IsSymbolicLink(ZipArchiveEntry entry) => ((entry.ExternalAttributes >> 16) & 0xF000) == 0xA000;

    private static bool HasLinkedFolder(string root, string file)
    {
        for (var folder = Path.GetDirectoryName(file); folder is not null && folder.Length > root.Length; folder = Path.GetDirectoryName(folder))
        {
            if (new DirectoryInfo(folder).LinkTarget is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A read: the bytes, or why there are none (null reason and null bytes: not in the site).</summary>
    internal sealed record SiteFile(byte[]? Bytes, string? Refused)
    {
        public static SiteFile Missing { get; } = new(null, null);
    }
}
