namespace Platform.Blogging.Export;

/// <summary>
/// Where the exporter finds a blog's media files. The registered implementation reads the media catalog and store
/// (<see cref="Media.StoreExportMediaSource"/>); every export carries the files and lists them in the JSON
/// document's <c>media</c>.
/// </summary>
public interface IExportMediaSource
{
    /// <summary>The blog's media files, in a stable order. Paths that are not relative (<c>..</c>, a leading <c>/</c>, <c>\</c>) are refused by the exporter.</summary>
    IAsyncEnumerable<ExportMediaFile> ListAsync(string blog, CancellationToken cancellationToken);
}
