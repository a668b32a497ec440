using System.Globalization;
using System.IO.Compression;
using Platform.Blogging.Errors;

namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// Reads a site from a zip or a folder, refusing the whole of it (<see cref="InvalidInputException"/> listing every
/// problem, nothing imported) when it is unsafe: more than <see cref="MaxEntries"/> entries or
/// <see cref="MaxTotalBytes"/> uncompressed (as declared, and as really read), an entry that inflates more than
/// <see cref="MaxRatio"/> times (a zip bomb), an entry larger than it declares, a path that is absolute, has a drive
/// letter, a backslash or a <c>..</c> segment, a symbolic link (zip external attributes, or a link in the folder),
/// two entries of one name, or a damaged entry.
/// </summary>
public static class JekyllArchive
{
    /// <summary>At most this many entries (files and folders) in one site.</summary>
    public const int MaxEntries = 20_000;

    /// <summary>At most this many bytes of one site, uncompressed.</summary>
    public const long MaxTotalBytes = 256L * 1024 * 1024;

    /// <summary>An entry larger than <see cref="RatioFloorBytes"/> may inflate at most this many times.</summary>
    public const int MaxRatio = 200;

    /// <summary>Entries up to this size are not held to <see cref="MaxRatio"/> (tiny repetitive files compress far).</summary>
    public const long RatioFloorBytes = 1024 * 1024;

    /// <summary>At most this many problems are listed in the refusal.</summary>
    private const int MaxListed = 20;

    private const int UnixFileTypeMask = 0xF000;
    private const int UnixSymbolicLink = 0xA000;

    /// <summary>Reads every file of a zip into memory after checking the whole archive.</summary>
    public static async Task<IReadOnlyList<ImportSourceFile>> ReadZipAsync(Stream zip, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(zip);
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
            var problems = new List<string>();
            var entries = archive.Entries;
            if (entries.Count > MaxEntries)
            {
                Refuse([$"the archive has {entries.Count} entries; at most {MaxEntries}"]);
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            long declared = 0;
            foreach (var entry in entries)
            {
                var name = entry.FullName;
                if (PathProblem(name) is { } pathProblem)
                {
                    problems.Add($"'{name}': {pathProblem}");
                    continue;
                }

                if (((entry.ExternalAttributes >> 16) & UnixFileTypeMask) == UnixSymbolicLink)
                {
                    problems.Add($"'{name}' is a symbolic link");
                    continue;
                }

                if (!names.Add(name.TrimEnd('/')))
                {
                    problems.Add($"'{name}' is in the archive twice");
                }

                declared += entry.Length;
                if (entry.Length > RatioFloorBytes && (entry.CompressedLength == 0 || entry.Length / entry.CompressedLength > MaxRatio))
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"'{name}' inflates from {entry.CompressedLength} to {entry.Length} bytes (over {MaxRatio} times: a zip bomb?)"));
                }
            }

            if (declared > MaxTotalBytes)
            {
                problems.Add($"the archive holds {declared / (1024 * 1024)} MiB uncompressed; at most {MaxTotalBytes / (1024 * 1024)} MiB");
            }

            Refuse(problems);

            // Every entry is read (and its checksum verified) before anything is imported, so a damaged or lying
            // archive is refused whole, naming the entry, instead of being half-imported.
            var files = new List<ImportSourceFile>(entries.Count);
            foreach (var entry in entries.Where(e => !e.FullName.EndsWith('/')))
            {
                var bytes = await ReadEntryAsync(entry, cancellationToken).ConfigureAwait(false);
                files.Add(new ImportSourceFile(entry.FullName, bytes.Length, () => new MemoryStream(bytes, writable: false)));
            }

            return files;
        }
    }

    /// <summary>Lists every file under a folder after checking it (no symbolic links, bounded count and size); files are read when imported.</summary>
    public static IReadOnlyList<ImportSourceFile> ReadFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new InvalidInputException("path", $"There is no folder '{folder}'.");
        }

        var problems = new List<string>();
        var files = new List<ImportSourceFile>();
        long total = 0;
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, ReturnSpecialDirectories = false };
        foreach (var info in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options))
        {
            var relative = Path.GetRelativePath(folder, info.FullName).Replace('\\', '/');
            if (relative.Split('/').Any(s => s is "_site" or ".git" or "node_modules" or ".jekyll-cache" or "vendor"))
            {
                continue;
            }

            if (info.LinkTarget is not null)
            {
                problems.Add($"'{relative}' is a symbolic link");
                continue;
            }

            if (info is FileInfo file)
            {
                total += file.Length;
                var path = file.FullName;
                files.Add(new ImportSourceFile(relative, file.Length, () => File.OpenRead(path)));
            }

            if (files.Count > MaxEntries)
            {
                problems.Add($"the folder has over {MaxEntries} files");
                break;
            }
        }

        if (total > MaxTotalBytes)
        {
            problems.Add($"the folder holds {total / (1024 * 1024)} MiB; at most {MaxTotalBytes / (1024 * 1024)} MiB");
        }

        Refuse(problems);
        return files;
    }

    /// <summary>Why an entry name is unsafe, or null.</summary>
    public static string? PathProblem(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || name.Length > 1024)
        {
            return "the path is empty or over 1024 characters";
        }

        if (name.Contains('\\', StringComparison.Ordinal))
        {
            return "the path has a backslash";
        }

        if (name.StartsWith('/') || (name.Length >= 2 && name[1] == ':' && char.IsAsciiLetter(name[0])))
        {
            return "the path is absolute";
        }

        if (name.Any(char.IsControl))
        {
            return "the path has control characters";
        }

        return name.TrimEnd('/').Split('/').Any(segment => segment is ".." or ".") ? "the path has a '..' or '.' segment" : null;
    }

    private static void Refuse(List<string> problems)
    {
        if (problems.Count == 0)
        {
            return;
        }

        var listed = string.Join("; ", problems.Take(MaxListed)) + (problems.Count > MaxListed ? $"; and {problems.Count - MaxListed} more" : "");
        throw new InvalidInputException("file", $"The site was refused and nothing was imported: {listed}.");
    }

    private static async Task<byte[]> ReadEntryAsync(ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            var stream = entry.Open();
            await using (stream.ConfigureAwait(false))
            {
                // Read at most one byte more than the entry declares: an entry that inflates past its declared size
                // is refused without inflating the rest.
                var buffer = new byte[entry.Length + 1];
                var read = 0;
                while (read < buffer.Length)
                {
                    var n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken).ConfigureAwait(false);
                    if (n == 0)
                    {
                        break;
                    }

                    read += n;
                }

                if (read > entry.Length)
                {
                    throw new InvalidInputException("file", $"The site was refused and nothing was imported: '{entry.FullName}' inflates past the {entry.Length} bytes it declares.");
                }

                // The reader stops at the declared size; an entry whose real data is longer (or otherwise altered)
                // shows in its checksum.
                if (ZipCrc32.Compute(buffer.AsSpan(0, read)) != entry.Crc32)
                {
                    throw new InvalidInputException("file", $"The zip entry '{entry.FullName}' is damaged (its checksum does not match, or it is longer than it declares); nothing was imported.");
                }

                return buffer[..read];
            }
        }
        catch (InvalidDataException exception)
        {
            throw new InvalidInputException("file", $"The zip entry '{entry.FullName}' is damaged ({exception.Message}); nothing was imported.");
        }
    }
}
