namespace Platform.Blogging.Export;

/// <summary>
/// Where the exporter finds a blog's media files: the extension point for the media store. The platform has no media
/// store yet, so the registered default (<see cref="NoExportMedia"/>) lists nothing; the store registers its own
/// implementation (<c>services.AddSingleton&lt;IExportMediaSource, ...&gt;()</c> before <c>AddBlogging</c>), and
/// every export then carries the files and lists them in the JSON document's <c>media</c>.
/// </summary>
public interface IExportMediaSource
{
    /// <summary>The blog's media files, in a stable order. Paths that are not relative (<c>..</c>, a leading <c>/</c>, <c>\</c>) are refused by the exporter.</summary>
    IAsyncEnumerable<ExportMediaFile> ListAsync(string blog, CancellationToken cancellationToken);
}
