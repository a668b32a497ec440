namespace Platform.Blogging.Media;

/// <summary>An opened media file: its bytes and length. Disposing it closes the stream.</summary>
public sealed class MediaBlob(Stream content, long length) : IAsyncDisposable, IDisposable
{
    /// <summary>The file's bytes.</summary>
    public Stream Content { get; } = content;

    /// <summary>The file's length in bytes.</summary>
    public long Length { get; } = length;

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => Content.DisposeAsync();

    /// <inheritdoc/>
    public void Dispose() => Content.Dispose();
}
