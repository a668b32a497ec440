using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace Platform.Blogging.Media;

/// <summary>
/// A blog's media: uploads checked and converted (<see cref="ImageProcessor"/>), their files written to the
/// <see cref="IMediaStore"/>, and then entered in the blog's catalog (<see cref="IBlogMediaGrain"/>). An item is
/// named by the SHA-256 of its full-size file (the upload itself when it had nothing to strip), so the same bytes
/// make the same item: uploading or importing twice keeps one copy, and an export imports as the same items. Deleting removes the catalog entry first,
/// then the files.
/// </summary>
public sealed partial class MediaLibrary(IGrainFactory grains, IMediaStore store, ImageProcessor processor, TimeProvider time, ILogger<MediaLibrary> logger)
{
    /// <summary>The uploader recorded for files brought in by an import.</summary>
    public const string ImportUploader = "import";

    /// <summary>Stores an upload (or finds the item the same bytes made before).</summary>
    /// <param name="blog">The blog (it must exist; the caller checks).</param>
    /// <param name="originalName">The file name it came with, for people (trimmed to 200 characters).</param>
    /// <param name="bytes">The upload.</param>
    /// <param name="uploader">Who uploads it.</param>
    /// <param name="cancellationToken">Stops the upload.</param>
    /// <exception cref="MediaRejectedException">The upload is too large or not an accepted image.</exception>
    public async Task<MediaAdded> UploadAsync(string blog, string originalName, byte[] bytes, string uploader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var catalog = grains.GetGrain<IBlogMediaGrain>(blog);

        // A clean file is kept byte for byte, so its own bytes name it: found without converting it again.
        if (await catalog.Find(IdOf(bytes)).ConfigureAwait(false) is { } existing)
        {
            return new MediaAdded(existing, Created: false);
        }

        var processed = processor.Process(bytes);
        var id = IdOf(processed.Files[0].Bytes);
        foreach (var (variant, content) in processed.Files)
        {
            await store.PutAsync(blog, id + "/" + variant.File, content, variant.ContentType, cancellationToken).ConfigureAwait(false);
        }

        var item = new MediaItem
        {
            Id = id,
            OriginalName = CleanName(originalName),
            ContentType = ImageSniffer.ContentType(processed.Format),
            Bytes = bytes.LongLength,
            Width = processed.Width,
            Height = processed.Height,
            Variants = processed.Files.Select(f => f.Variant).ToArray(),
            UploadedAt = time.GetUtcNow(),
            Uploader = uploader,
        };
        var added = await catalog.Add(item).ConfigureAwait(false);
        if (added.Created)
        {
            LogStored(logger, blog, id, bytes.LongLength, item.Variants.Count);
        }

        return added;
    }

    /// <summary>The item with this id, or null.</summary>
    public Task<MediaItem?> GetAsync(string blog, string id) =>
        IsId(id) ? grains.GetGrain<IBlogMediaGrain>(blog).Find(id) : Task.FromResult<MediaItem?>(null);

    /// <summary>Every item of the blog, newest first.</summary>
    public Task<IReadOnlyList<MediaItem>> ListAsync(string blog) => grains.GetGrain<IBlogMediaGrain>(blog).List();

    /// <summary>Deletes an item and its files; false when the blog has no such item.</summary>
    public async Task<bool> DeleteAsync(string blog, string id, CancellationToken cancellationToken)
    {
        if (!IsId(id))
        {
            return false;
        }

        var removed = await grains.GetGrain<IBlogMediaGrain>(blog).Remove(id).ConfigureAwait(false);
        if (removed is null)
        {
            return false;
        }

        foreach (var variant in removed.Variants)
        {
            await store.DeleteAsync(blog, id + "/" + variant.File, cancellationToken).ConfigureAwait(false);
        }

        LogDeleted(logger, blog, id);
        return true;
    }

    /// <summary>Opens one stored file of an item (<c>{id}/{file}</c>), or null when the blog has no such file.</summary>
    public Task<MediaBlob?> OpenAsync(string blog, string id, string file, CancellationToken cancellationToken) =>
        IsId(id) && MediaPaths.IsValidPath(file) && !file.Contains('/', StringComparison.Ordinal)
            ? store.OpenAsync(blog, id + "/" + file, cancellationToken)
            : Task.FromResult<MediaBlob?>(null);

    /// <summary>The id of an item: 20 lower-case hex digits of the SHA-256 of its full-size file.</summary>
    public static string IdOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..20];

    /// <summary>Whether <paramref name="id"/> has the shape of an item id.</summary>
    public static bool IsId(string? id) => id is { Length: 20 } && id.All(char.IsAsciiHexDigitLower);

    private static string CleanName(string? name)
    {
        var file = Path.GetFileName((name ?? "").Replace('\\', '/')).Trim();
        file = new string(file.Where(c => !char.IsControl(c)).ToArray());
        if (file.Length == 0)
        {
            return "upload";
        }

        return file.Length > 200 ? file[..200] : file;
    }

    [LoggerMessage(EventId = 600, Level = LogLevel.Information, Message = "Stored media {MediaId} of blog {Blog}: {Bytes} bytes uploaded, {Files} files kept")]
    private static partial void LogStored(ILogger logger, string blog, string mediaId, long bytes, int files);

    [LoggerMessage(EventId = 601, Level = LogLevel.Information, Message = "Deleted media {MediaId} of blog {Blog}")]
    private static partial void LogDeleted(ILogger logger, string blog, string mediaId);
}
