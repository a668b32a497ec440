using System.Runtime.CompilerServices;

namespace Platform.Blogging.Media;

/// <summary>
/// Media files in a folder: <c>{root}/{blog}/{path}</c> (the gateway passes <c>{Platform:DataPath}/media</c>). A file
/// is written to a temporary name and moved into place, so a reader never sees half a file.
/// </summary>
public sealed class FileMediaStore : IMediaStore
{
    private readonly string _root;

    /// <summary>A store under <paramref name="root"/> (created when first written).</summary>
    public FileMediaStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        _root = Path.GetFullPath(root);
    }

    /// <summary>The folder that holds every blog's media.</summary>
    public string Root => _root;

    /// <inheritdoc/>
    public async Task PutAsync(string blog, string path, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
    {
        var target = Locate(blog, path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await File.WriteAllBytesAsync(temporary, content, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <inheritdoc/>
    public Task<MediaBlob?> OpenAsync(string blog, string path, CancellationToken cancellationToken)
    {
        var target = Locate(blog, path);
        try
        {
            var stream = new FileStream(target, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 16 * 1024, useAsync: true);
            return Task.FromResult<MediaBlob?>(new MediaBlob(stream, stream.Length));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<MediaBlob?>(null);
        }
    }

    /// <inheritdoc/>
    public Task DeleteAsync(string blog, string path, CancellationToken cancellationToken)
    {
        var target = Locate(blog, path);
        if (!File.Exists(target))
        {
            return Task.CompletedTask;
        }

        File.Delete(target);
        var folder = Path.GetDirectoryName(target)!;
        var blogFolder = Path.Combine(_root, blog);
        while (!string.Equals(folder, blogFolder, StringComparison.Ordinal) && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<MediaBlobInfo> ListAsync(string blog, string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        MediaPaths.CheckBlog(blog);
        MediaPaths.CheckPrefix(prefix);
        var blogFolder = Path.Combine(_root, blog);
        if (!Directory.Exists(blogFolder))
        {
            yield break;
        }

        var files = Directory.EnumerateFiles(blogFolder, "*", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(blogFolder, f).Replace('\\', '/'), File: f))
            .Where(f => !f.Path.EndsWith(".tmp", StringComparison.Ordinal) && f.Path.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(f => f.Path, StringComparer.Ordinal);
        foreach (var (relative, file) in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            long length;
            try
            {
                length = new FileInfo(file).Length;
            }
            catch (FileNotFoundException)
            {
                continue; // deleted while listing
            }

            yield return new MediaBlobInfo(relative, length);
            await Task.Yield();
        }
    }

    private string Locate(string blog, string path)
    {
        MediaPaths.CheckBlog(blog);
        MediaPaths.CheckPath(path);
        return Path.Combine(_root, blog, path.Replace('/', Path.DirectorySeparatorChar));
    }
}
