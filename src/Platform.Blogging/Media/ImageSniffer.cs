namespace Platform.Blogging.Media;

/// <summary>
/// Tells an accepted image format from a file's first bytes (its magic number), never from its name or declared type.
/// SVG (text that can carry script), AVIF/HEIC and every other format are not accepted: <see cref="Sniff"/> says null.
/// </summary>
public static class ImageSniffer
{
    /// <summary>The format the bytes start with, or null when they are not an accepted image.</summary>
    public static ImageFormat? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return ImageFormat.Jpeg;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ImageFormat.Png;
        }

        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8))
        {
            return ImageFormat.Gif;
        }

        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            return ImageFormat.WebP;
        }

        return null;
    }

    /// <summary>The media type of a format.</summary>
    public static string ContentType(ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Png => "image/png",
        ImageFormat.Gif => "image/gif",
        _ => "image/webp",
    };

    /// <summary>The file extension of a format (no dot).</summary>
    public static string Extension(ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "jpg",
        ImageFormat.Png => "png",
        ImageFormat.Gif => "gif",
        _ => "webp",
    };

    /// <summary>The media type of a stored file from its extension, or null for one the store never writes.</summary>
    public static string? ContentTypeOfFile(string file) => Path.GetExtension(file) switch
    {
        ".jpg" => "image/jpeg",
        ".png" => "image/png",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        _ => null,
    };
}
