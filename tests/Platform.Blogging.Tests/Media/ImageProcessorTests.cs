using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using Microsoft.Extensions.Options;
using Platform.Blogging.Media;

namespace Platform.Blogging.Tests.Media;

public sealed class ImageProcessorTests
{
    private static ImageProcessor Processor(MediaOptions? options = null) => new(Options.Create(options ?? new MediaOptions()));

    [Fact]
    public void A_wide_image_gets_every_responsive_width_in_its_format_and_as_webp_and_each_file_has_its_stated_size()
    {
        var processed = Processor().Process(TestImages.Png(3000, 1500));

        processed.Width.Should().Be(3000);
        processed.Height.Should().Be(1500);
        processed.Files[0].Variant.File.Should().Be("3000w.png", "the full-size copy comes first");
        processed.Files.Select(f => f.Variant.File).Should().BeEquivalentTo(
            ["3000w.png", "3000w.webp", "600w.png", "600w.webp", "1000w.png", "1000w.webp", "1600w.png", "1600w.webp", "2400w.png", "2400w.webp"]);
        foreach (var (variant, bytes) in processed.Files)
        {
            TestImages.Size(bytes).Should().Be((variant.Width, variant.Height), variant.File);
            variant.Height.Should().Be(variant.Width / 2, "the aspect ratio is kept");
            ImageSniffer.Sniff(bytes).Should().Be(variant.File.EndsWith(".webp", StringComparison.Ordinal) ? ImageFormat.WebP : ImageFormat.Png);
            variant.Bytes.Should().Be(bytes.LongLength);
        }
    }

    [Theory]
    [InlineData(500, new[] { 500 })]
    [InlineData(600, new[] { 600 })]
    [InlineData(1200, new[] { 600, 1000, 1200 })]
    public void An_image_is_never_upscaled(int width, int[] widths)
    {
        var processed = Processor().Process(TestImages.Jpeg(width, 100));

        processed.Files.Select(f => f.Variant.Width).Distinct().Order().Should().Equal(widths);
        processed.Files.Should().OnlyContain(f => f.Variant.Width <= width);
    }

    [Fact]
    public void Exif_and_gps_are_stripped_from_every_file_and_the_orientation_is_applied()
    {
        var upload = TestImages.JpegWithGps(300, 200, orientation: 6);
        TestImages.Fields(upload).Should().Contain(f => f.StartsWith("exif-ifd3-GPS", StringComparison.Ordinal), "the upload carries a GPS position");
        Encoding.Latin1.GetString(upload).Should().Contain(TestImages.ExifMarker);

        var processed = Processor().Process(upload);

        (processed.Width, processed.Height).Should().Be((200, 300), "orientation 6 turns the image upright");
        foreach (var (variant, bytes) in processed.Files)
        {
            TestImages.Fields(bytes).Should().NotContain(f => f.StartsWith("exif-", StringComparison.Ordinal) || f == "orientation", variant.File);
            Encoding.Latin1.GetString(bytes).Should().NotContain(TestImages.ExifMarker, variant.File);
        }
    }

    [Fact]
    public void A_full_size_file_the_processor_wrote_is_kept_byte_for_byte_when_uploaded_again()
    {
        var first = Processor().Process(TestImages.JpegWithGps(900, 300));
        var fullSize = first.Files[0].Bytes;

        var again = Processor().Process(fullSize);

        again.Files[0].Bytes.Should().Equal(fullSize, "a file with nothing to strip is not encoded again, so an export imports as the same item");
        again.Files.Select(f => f.Variant).Should().Equal(first.Files.Select(f => f.Variant));
    }

    [Fact]
    public void A_file_over_the_byte_limit_is_refused_as_too_large()
    {
        var act = () => Processor(new MediaOptions { MaxUploadBytes = 2048 }).Process(TestImages.Jpeg(400, 400, shade: 33).Concat(new byte[4096]).ToArray());

        act.Should().Throw<MediaRejectedException>().Which.Reason.Should().Be(MediaRejection.TooLarge);
    }

    [Theory]
    [InlineData("text named .png")]
    [InlineData("svg")]
    [InlineData("truncated jpeg")]
    [InlineData("png header only")]
    public void Files_that_are_not_accepted_images_by_content_are_refused(string name)
    {
        byte[] bytes = name switch
        {
            "svg" => Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>"),
            "truncated jpeg" => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0, 1, 2, 3],
            "png header only" => TestImages.Png(10, 10)[..20],
            _ => Encoding.UTF8.GetBytes("definitely not a picture"),
        };

        var act = () => Processor().Process(bytes);

        act.Should().Throw<MediaRejectedException>().Which.Reason.Should().Be(MediaRejection.NotAnImage);
    }

    [Fact]
    public void A_decompression_bomb_is_refused_from_its_header_before_any_pixel_is_decoded()
    {
        // A real 1×1 PNG whose header claims 60000×60000 pixels (3.6 gigapixels): a few dozen bytes on disk.
        var png = TestImages.Png(1, 1);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), 60_000);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), 60_000);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32.HashToUInt32(png.AsSpan(12, 17)));

        var act = () => Processor().Process(png);

        act.Should().Throw<MediaRejectedException>().Which.Reason.Should().Be(MediaRejection.TooManyPixels);
    }

    [Fact]
    public void The_pixel_and_side_limits_are_configurable()
    {
        var byPixels = () => Processor(new MediaOptions { MaxPixels = 10_000 }).Process(TestImages.Png(200, 200));
        var bySide = () => Processor(new MediaOptions { MaxSide = 150 }).Process(TestImages.Png(200, 20));

        byPixels.Should().Throw<MediaRejectedException>().Which.Reason.Should().Be(MediaRejection.TooManyPixels);
        bySide.Should().Throw<MediaRejectedException>().Which.Reason.Should().Be(MediaRejection.TooManyPixels);
        Processor(new MediaOptions { MaxPixels = 40_000 }).Process(TestImages.Png(200, 200)).Width.Should().Be(200);
    }

    [Fact]
    public void Gif_and_webp_uploads_are_kept_in_their_format()
    {
        Processor().Process(TestImages.Gif(700, 100)).Files.Select(f => f.Variant.File).Should().BeEquivalentTo(["700w.gif", "700w.webp", "600w.gif", "600w.webp"]);
        Processor().Process(TestImages.WebP(700, 100)).Files.Select(f => f.Variant.File).Should().BeEquivalentTo(["700w.webp", "600w.webp"]);
    }
}
