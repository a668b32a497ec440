namespace Platform.Blogging.Media;

/// <summary>Limits of the media library, bound from <c>Blogging:Media</c>.</summary>
public sealed class MediaOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Blogging:Media";

    /// <summary>The largest upload accepted, in bytes (<c>Blogging:Media:MaxUploadBytes</c>, default 10 MiB).</summary>
    public long MaxUploadBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>
    /// The most pixels an image may decode to, all frames counted (<c>Blogging:Media:MaxPixels</c>, default 50
    /// million): a decompression bomb (a small file that decodes to gigabytes) is refused from its header.
    /// </summary>
    public long MaxPixels { get; set; } = 50_000_000;

    /// <summary>The longest side an image may have, in pixels (<c>Blogging:Media:MaxSide</c>, default 16384).</summary>
    public int MaxSide { get; set; } = 16_384;

    /// <summary>The most items one blog's catalog keeps (<c>Blogging:Media:MaxItemsPerBlog</c>, default 5000).</summary>
    public int MaxItemsPerBlog { get; set; } = 5000;

    /// <summary>Throws naming the first option out of range.</summary>
    public void Validate()
    {
        if (MaxUploadBytes is < 1024 or > 100L * 1024 * 1024)
        {
            throw new InvalidOperationException("Configuration value Blogging:Media:MaxUploadBytes must be between 1024 and 104857600.");
        }

        if (MaxPixels is < 1 or > 500_000_000)
        {
            throw new InvalidOperationException("Configuration value Blogging:Media:MaxPixels must be between 1 and 500000000.");
        }

        if (MaxSide is < 1 or > 65_535)
        {
            throw new InvalidOperationException("Configuration value Blogging:Media:MaxSide must be between 1 and 65535.");
        }

        if (MaxItemsPerBlog is < 1 or > 100_000)
        {
            throw new InvalidOperationException("Configuration value Blogging:Media:MaxItemsPerBlog must be between 1 and 100000.");
        }
    }
}
