namespace Platform.Blogging.Media;

/// <summary>
/// An uploaded image in a blog's media catalog. Its id is derived from the bytes of its full-size file (the same
/// upload makes the same item), so every URL of it is immutable. Files live at <c>{blog}/{id}/{variant}</c> in the media store.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.MediaItem")]
public sealed record MediaItem
{
    /// <summary>The id: 20 lower-case hex digits of the SHA-256 of the full-size file.</summary>
    [Id(0)]
    public required string Id { get; init; }

    /// <summary>The file name it was uploaded with (for people; never used as a path).</summary>
    [Id(1)]
    public required string OriginalName { get; init; }

    /// <summary>The media type of its full-size file (the format it was uploaded in).</summary>
    [Id(2)]
    public required string ContentType { get; init; }

    /// <summary>The size of the upload in bytes.</summary>
    [Id(3)]
    public required long Bytes { get; init; }

    /// <summary>Its width in pixels, as displayed (after EXIF orientation).</summary>
    [Id(4)]
    public required int Width { get; init; }

    /// <summary>Its height in pixels, as displayed.</summary>
    [Id(5)]
    public required int Height { get; init; }

    /// <summary>Every stored file: the full-size copy first, then resized and WebP copies by width.</summary>
    [Id(6)]
    public required IReadOnlyList<MediaVariant> Variants { get; init; }

    /// <summary>When it was first uploaded.</summary>
    [Id(7)]
    public required DateTimeOffset UploadedAt { get; init; }

    /// <summary>Who uploaded it: a token id, <c>admin</c> or <c>import</c>.</summary>
    [Id(8)]
    public required string Uploader { get; init; }

    /// <summary>The full-size file in the original format (metadata stripped): the URL posts link to.</summary>
    public MediaVariant FullSize() => Variants[0];
}
