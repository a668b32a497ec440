using System.Runtime.CompilerServices;
using Platform.Blogging.Export;

namespace Platform.Blogging.Media;

/// <summary>
/// The export's media: each catalog item's full-size file at <c>media/{id}/{width}w.{ext}</c>, the path its URL has
/// on the blog, so the exported posts' links work in the Jekyll site. The responsive and WebP copies are not
/// exported: an import makes them again.
/// </summary>
internal sealed class StoreExportMediaSource(IGrainFactory grains, IMediaStore store) : IExportMediaSource
{
    public async IAsyncEnumerable<ExportMediaFile> ListAsync(string blog, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var items = await grains.GetGrain<IBlogMediaGrain>(blog).List().ConfigureAwait(false);
        foreach (var item in items.OrderBy(i => i.Id, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = item.FullSize();
            var path = item.Id + "/" + file.File;
            yield return new ExportMediaFile("media/" + path, file.Bytes, file.ContentType, async token =>
            {
                var blob = await store.OpenAsync(blog, path, token).ConfigureAwait(false)
                    ?? throw new FileNotFoundException($"The media file '{path}' of blog '{blog}' is in the catalog but not in the store.");
                return blob.Content;
            });
        }
    }
}
