namespace Platform.Blogging.Export;

/// <summary>The media source while the platform has no media store: no files.</summary>
internal sealed class NoExportMedia : IExportMediaSource
{
    public IAsyncEnumerable<ExportMediaFile> ListAsync(string blog, CancellationToken cancellationToken) => AsyncEnumerable.Empty<ExportMediaFile>();
}
