namespace Platform.Blogging.Media;

/// <summary>The image formats the media library accepts, told apart by their first bytes.</summary>
public enum ImageFormat
{
    /// <summary>JPEG (<c>FF D8 FF</c>).</summary>
    Jpeg,

    /// <summary>PNG (<c>89 50 4E 47 0D 0A 1A 0A</c>).</summary>
    Png,

    /// <summary>GIF (<c>GIF87a</c> or <c>GIF89a</c>).</summary>
    Gif,

    /// <summary>WebP (<c>RIFF</c>, a length, <c>WEBP</c>).</summary>
    WebP,
}
