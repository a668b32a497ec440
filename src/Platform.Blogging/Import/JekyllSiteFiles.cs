using System.Collections.Concurrent;

namespace Platform.Blogging.Import;

/// <summary>
/// The files of the Jekyll site being imported (beyond its posts), by their path from the site's root, so posts'
/// references can be read: the files the archive reader already checked (no <c>..</c>, no symbolic links, no
/// bombs). Reads are bounded (a file over the media limit is not read). It also collects
/// what became of each reference (<see cref="Results"/>), and remembers the files already stored by this import.
/// </summary>
public sealed class JekyllSiteFiles
{
    private readonly Func<string, long, Task<SiteFile>> _read;
    private readonly ConcurrentQueue<ImportMediaResult> _results = new();
    private long _bytesRead;

    private JekyllSiteFiles(Func<string, long, Task<SiteFile>> read, IReadOnlyList<string> basePaths, string origin)
    {
        _read = read;
        BasePaths = basePaths;
        Origin = origin;
    }

    /// <summary>The new blog's origin (<c>https://notes.example</c>) or empty: references on it are the site's files too.</summary>
    public string Origin { get; }

    /// <summary>The site's base paths (<c>/blog</c>), which root-relative references carry in front of the site's files.</summary>
    public IReadOnlyList<string> BasePaths { get; }

    /// <summary>What became of every local reference, in the order they were met.</summary>
    public IReadOnlyList<ImportMediaResult> Results => [.. _results];

    /// <summary>Files of this import already read and stored, by site path.</summary>
    internal ConcurrentDictionary<string, Lazy<Task<(ImportMediaOutcome Outcome, Media.MediaItem? Item, string? Reason)>>> Stored { get; } = new(StringComparer.Ordinal);

    internal void Record(ImportMediaResult result) => _results.Enqueue(result);

    /// <summary>
    /// The files of a site already read and checked whole (<see cref="Jekyll.JekyllArchive"/>: no <c>..</c>, no
    /// links, no bombs), with paths from its root; posts are named from the root too. <paramref name="basePaths"/> are
    /// the site's base paths (<see cref="Jekyll.JekyllPreparedSite.BasePaths"/>): the old <c>baseurl</c> and the new one;
    /// <paramref name="origin"/> the new blog's origin (<see cref="Jekyll.JekyllPreparedSite.Origin"/>).
    /// </summary>
    public static JekyllSiteFiles FromSite(Jekyll.JekyllSite site, IReadOnlyList<string>? basePaths = null, string? origin = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        var byPath = new Dictionary<string, ImportSourceFile>(StringComparer.Ordinal);
        foreach (var file in site.Others.Concat(site.Posts))
        {
            byPath.TryAdd(file.Path, file);
        }

        return new JekyllSiteFiles(async (path, limit) =>
        {
            if (!byPath.TryGetValue(path, out var file))
            {
                return SiteFile.Missing;
            }

            if (file.Length > limit)
            {
                return new SiteFile(null, $"It is {file.Length} bytes, over the media limit of {limit} bytes.");
            }

            var stream = file.Open();
            await using (stream.ConfigureAwait(false))
            {
                using var buffer = new MemoryStream((int)file.Length);
                await stream.CopyToAsync(buffer).ConfigureAwait(false);
                return new SiteFile(buffer.ToArray(), null);
            }
        }, basePaths ?? [], origin ?? "");
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

    /// <summary>A read: the bytes, or why there are none (null reason and null bytes: not in the site).</summary>
    internal sealed record SiteFile(byte[]? Bytes, string? Refused)
    {
        public static SiteFile Missing { get; } = new(null, null);
    }
}
