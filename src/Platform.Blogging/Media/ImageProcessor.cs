using Microsoft.Extensions.Options;
using NetVips;

namespace Platform.Blogging.Media;

/// <summary>
/// Turns an upload into the files the media store keeps, with libvips (NetVips): the format is sniffed from the
/// bytes and must match the decoder libvips picks; the header's dimensions are checked before any pixel is
/// decoded; the image is turned upright (EXIF orientation) and written again without metadata (EXIF, XMP, IPTC:
/// GPS positions and camera serials go; only the colour profile stays; a file that has nothing to strip is kept as
/// it is), at full size and at each of
/// <see cref="Widths"/> narrower than it (never upscaled), in its own format and as WebP. Animated GIF and WebP
/// stay animated.
/// </summary>
public sealed class ImageProcessor
{
    /// <summary>The responsive widths (Ghost's content image sizes).</summary>
    public static readonly IReadOnlyList<int> Widths = [600, 1000, 1600, 2400];

    private const int JpegQuality = 85;
    private const int WebpQuality = 80;
    private const int Unbounded = 10_000_000;

    private readonly MediaOptions _options;

    static ImageProcessor()
    {
        // Only the loaders libvips marks as safe for untrusted input run at all; each upload is decoded once, so
        // libvips' operation cache would only hold memory.
        NetVips.NetVips.BlockUntrusted = true;
        Cache.Max = 0;
    }

    /// <summary>A processor with the configured limits.</summary>
    public ImageProcessor(IOptions<MediaOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <summary>Checks and converts an upload; throws <see cref="MediaRejectedException"/> when it is refused.</summary>
    public ProcessedImage Process(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.LongLength > _options.MaxUploadBytes)
        {
            throw new MediaRejectedException(MediaRejection.TooLarge, $"The file is {bytes.LongLength} bytes, over the limit of {_options.MaxUploadBytes} bytes.");
        }

        var format = ImageSniffer.Sniff(bytes)
            ?? throw new MediaRejectedException(MediaRejection.NotAnImage, "The file is not a JPEG, PNG, GIF or WebP image (judged by its content, not its name).");
        try
        {
            return Convert(bytes, format);
        }
        catch (VipsException exception)
        {
            throw new MediaRejectedException(MediaRejection.NotAnImage, $"The file looks like {ImageSniffer.Extension(format).ToUpperInvariant()} but cannot be decoded: {FirstLine(exception.Message)}");
        }
    }

    private ProcessedImage Convert(byte[] bytes, ImageFormat format)
    {
        var loader = Image.FindLoadBuffer(bytes);
        if (loader is null || !loader.StartsWith(LoaderPrefix(format), StringComparison.Ordinal))
        {
            throw new MediaRejectedException(MediaRejection.NotAnImage, "The file's content is not an image the decoder accepts.");
        }

        var animated = format is ImageFormat.Gif or ImageFormat.WebP;
        var loadOptions = animated ? "[n=-1]" : "";
        var clean = CheckHeader(bytes, animated);

        // A thumbnail is read from the buffer lazily and in sequence, so each one is written once: the full-size
        // copy is made twice (one per format, no full-size image held in memory), the smaller ones once into memory.
        var extension = ImageSniffer.Extension(format);
        var files = new List<(MediaVariant, byte[])>();
        int width, height;
        using (var full = Thumbnail(bytes, Unbounded, loadOptions))
        {
            width = full.Width;
            height = PageHeight(full);
            files.Add(clean
                ? (new MediaVariant(FileName(width, extension), width, height, ImageSniffer.ContentType(format), bytes.LongLength), bytes)
                : Encode(full, format, width, height, extension));
        }

        if (format != ImageFormat.WebP)
        {
            using var fullWebp = Thumbnail(bytes, Unbounded, loadOptions);
            files.Add(Encode(fullWebp, ImageFormat.WebP, width, height, "webp"));
        }

        foreach (var target in Widths.Where(w => w < width))
        {
            using var lazy = Thumbnail(bytes, target, loadOptions);
            using var resized = lazy.CopyMemory();
            var resizedHeight = PageHeight(resized);
            files.Add(Encode(resized, format, resized.Width, resizedHeight, extension));
            if (format != ImageFormat.WebP)
            {
                files.Add(Encode(resized, ImageFormat.WebP, resized.Width, resizedHeight, "webp"));
            }
        }

        return new ProcessedImage(format, width, height, files);
    }

    private static Image Thumbnail(byte[] bytes, int width, string loadOptions) =>
        Image.ThumbnailBuffer(bytes, width, loadOptions, height: Unbounded, size: Enums.Size.Down, failOn: Enums.FailOn.Error);

    /// <summary>
    /// Checks the dimensions from the header alone (a lazy load decodes no pixels); returns whether the file is
    /// already clean (upright, and no metadata but the colour profile), so it can be kept byte for byte: then its
    /// own export imports as the same item.
    /// </summary>
    private bool CheckHeader(byte[] bytes, bool animated)
    {
        using var header = Image.NewFromBuffer(bytes, animated ? "[n=-1]" : "", access: Enums.Access.Sequential);
        var pages = header.GetTypeOf("n-pages") != 0 ? Math.Max(1, (int)header.Get("n-pages")) : 1;
        var pageHeight = animated ? PageHeight(header) : header.Height;
        if (header.Width > _options.MaxSide || pageHeight > _options.MaxSide)
        {
            throw new MediaRejectedException(MediaRejection.TooManyPixels, $"The image is {header.Width}×{pageHeight} pixels; neither side may be over {_options.MaxSide}.");
        }

        if ((long)header.Width * pageHeight * pages > _options.MaxPixels)
        {
            throw new MediaRejectedException(MediaRejection.TooManyPixels, $"The image decodes to {(long)header.Width * pageHeight * pages} pixels ({pages} frame(s)); the limit is {_options.MaxPixels}.");
        }

        return header.GetFields().All(CleanFields.Contains);
    }

    /// <summary>The fields libvips reports for a file with nothing to strip (an orientation, EXIF, XMP, IPTC or a comment is not among them).</summary>
    private static readonly HashSet<string> CleanFields = new(StringComparer.Ordinal)
    {
        "width", "height", "bands", "format", "coding", "interpretation", "xoffset", "yoffset", "xres", "yres", "filename", "vips-loader",
        "jpeg-multiscan", "interlaced", "jpeg-chroma-subsample", "bits-per-sample", "n-pages", "page-height", "loop", "delay", "background",
        "gif-palette", "palette", "icc-profile-data",
    };

    private static int PageHeight(Image image) =>
        image.GetTypeOf("page-height") != 0 && (int)image.Get("page-height") is > 0 and var page ? page : image.Height;

    private static (MediaVariant, byte[]) Encode(Image image, ImageFormat format, int width, int height, string extension)
    {
        var bytes = format switch
        {
            ImageFormat.Jpeg => image.JpegsaveBuffer(q: JpegQuality, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.Icc),
            ImageFormat.Png => image.PngsaveBuffer(compression: 6, keep: Enums.ForeignKeep.Icc),
            ImageFormat.Gif => image.GifsaveBuffer(keep: Enums.ForeignKeep.None),
            _ => image.WebpsaveBuffer(q: WebpQuality, keep: Enums.ForeignKeep.Icc),
        };
        return (new MediaVariant(FileName(width, extension), width, height, ImageSniffer.ContentType(format), bytes.LongLength), bytes);
    }

    private static string FileName(int width, string extension) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{width}w.{extension}");

    private static string LoaderPrefix(ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "VipsForeignLoadJpeg",
        ImageFormat.Png => "VipsForeignLoadPng",
        ImageFormat.Gif => "VipsForeignLoadNsgif",
        _ => "VipsForeignLoadWebp",
    };

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        return line.Length > 200 ? line[..200] : line;
    }
}
