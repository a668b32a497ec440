namespace Platform.Blogging.Media;

/// <summary>
/// The blob space where a blog's media files live: a folder under <c>Platform:DataPath</c> for the sqlite provider,
/// memory for the memory provider, an Azure Blob container for azureblob. Keys are a blog and a path relative to it
/// (checked by <see cref="MediaPaths"/>), so one blog's calls can never reach another's files.
/// </summary>
public interface IMediaStore
{
    /// <summary>Writes (or overwrites) a file.</summary>
    Task PutAsync(string blog, string path, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken);

    /// <summary>Opens a file for reading, or null when there is none. The caller disposes the stream.</summary>
    Task<MediaBlob?> OpenAsync(string blog, string path, CancellationToken cancellationToken);

    /// <summary>Deletes a file; deleting one that is not there is no error.</summary>
    Task DeleteAsync(string blog, string path, CancellationToken cancellationToken);

    /// <summary>The blog's files whose path starts with <paramref name="prefix"/> (empty: all), in ordinal order of path.</summary>
    IAsyncEnumerable<MediaBlobInfo> ListAsync(string blog, string prefix, CancellationToken cancellationToken);
}
