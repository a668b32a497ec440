using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Platform.Blogging.Media;

/// <summary>Media files in memory, for <c>Storage:Provider=memory</c>: like the grain state, nothing survives a restart.</summary>
public sealed class MemoryMediaStore : IMediaStore
{
    private readonly ConcurrentDictionary<(string Blog, string Path), byte[]> _files = new();

    /// <inheritdoc/>
    public Task PutAsync(string blog, string path, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
    {
        Check(blog, path);
        _files[(blog, path)] = content.ToArray();
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<MediaBlob?> OpenAsync(string blog, string path, CancellationToken cancellationToken)
    {
        Check(blog, path);
        return Task.FromResult(_files.TryGetValue((blog, path), out var bytes)
            ? new MediaBlob(new MemoryStream(bytes, writable: false), bytes.Length)
            : null);
    }

    /// <inheritdoc/>
    public Task DeleteAsync(string blog, string path, CancellationToken cancellationToken)
    {
        Check(blog, path);
        _files.TryRemove((blog, path), out _);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<MediaBlobInfo> ListAsync(string blog, string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        MediaPaths.CheckBlog(blog);
        MediaPaths.CheckPrefix(prefix);
        var files = _files
            .Where(pair => string.Equals(pair.Key.Blog, blog, StringComparison.Ordinal) && pair.Key.Path.StartsWith(prefix, StringComparison.Ordinal))
            .Select(pair => new MediaBlobInfo(pair.Key.Path, pair.Value.Length))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToArray();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return file;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private static void Check(string blog, string path)
    {
        MediaPaths.CheckBlog(blog);
        MediaPaths.CheckPath(path);
    }
}
