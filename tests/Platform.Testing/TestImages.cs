using NetVips;

namespace Platform.Testing;

/// <summary>Real image files made with libvips for the media tests: solid colours of a chosen size, optionally with EXIF GPS.</summary>
public static class TestImages
{
    /// <summary>A marker written into the EXIF description of <see cref="JpegWithGps"/>: stripped files must not contain it.</summary>
    public const string ExifMarker = "EXIFMARKER-7f3a";

    public static byte[] Png(int width, int height, int shade = 90)
    {
        using var image = Solid(width, height, shade);
        return image.PngsaveBuffer();
    }

    public static byte[] Jpeg(int width, int height, int shade = 120)
    {
        using var image = Solid(width, height, shade);
        return image.JpegsaveBuffer(q: 90);
    }

    public static byte[] Gif(int width, int height, int shade = 60)
    {
        using var image = Solid(width, height, shade);
        return image.GifsaveBuffer();
    }

    public static byte[] WebP(int width, int height, int shade = 150)
    {
        using var image = Solid(width, height, shade);
        return image.WebpsaveBuffer();
    }

    /// <summary>A JPEG carrying EXIF: a GPS position (Seoul), <see cref="ExifMarker"/> as its description, and an orientation (6: turn 90° clockwise).</summary>
    public static byte[] JpegWithGps(int width, int height, int orientation = 1)
    {
        using var solid = Solid(width, height, 200);
        using var tagged = solid.Mutate(m =>
        {
            m.Set(GValue.GStrType, "exif-ifd0-ImageDescription", $"{ExifMarker} ({ExifMarker}, ASCII, {ExifMarker.Length + 1} components, {ExifMarker.Length + 1} bytes)");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLatitudeRef", "N (N, ASCII, 2 components, 2 bytes)");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLatitude", "37/1 33/1 59/1 (37, 33, 59, Rational, 3 components, 24 bytes)");
            m.Set(GValue.GIntType, "orientation", orientation);
        });
        return tagged.JpegsaveBuffer(q: 90, keep: Enums.ForeignKeep.All);
    }

    /// <summary>The names of the metadata fields of an encoded image (EXIF ones start with <c>exif-</c>).</summary>
    public static IReadOnlyList<string> Fields(byte[] encoded)
    {
        using var image = Image.NewFromBuffer(encoded);
        return image.GetFields();
    }

    /// <summary>Width and height of an encoded image (of one frame, for animations).</summary>
    public static (int Width, int Height) Size(byte[] encoded)
    {
        using var image = Image.NewFromBuffer(encoded);
        return (image.Width, image.Height);
    }

    private static Image Solid(int width, int height, int shade)
    {
        using var black = Image.Black(width, height, bands: 3);
        using var lit = black + new double[] { shade, 255 - shade, (shade * 3) % 256 };
        return lit.Cast(Enums.BandFormat.Uchar);
    }
}
