using System.Text;
using Platform.Blogging.Media;

namespace Platform.Blogging.Tests.Media;

public sealed class ImageSnifferTests
{
    public static TheoryData<string, byte[], ImageFormat?> Files() => new()
    {
        { "jpeg", TestImages.Jpeg(8, 8), ImageFormat.Jpeg },
        { "png", TestImages.Png(8, 8), ImageFormat.Png },
        { "gif", TestImages.Gif(8, 8), ImageFormat.Gif },
        { "webp", TestImages.WebP(8, 8), ImageFormat.WebP },
        { "svg", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"), null },
        { "html", Encoding.UTF8.GetBytes("<!doctype html><img src=x onerror=alert(1)>"), null },
        { "text", Encoding.UTF8.GetBytes("PNG is what the name says, not what this is"), null },
        { "riff wave", [.. "RIFF"u8, 0, 0, 0, 0, .. "WAVEfmt "u8], null },
        { "empty", [], null },
        { "two bytes of jpeg", [0xFF, 0xD8], null },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void The_format_comes_from_the_first_bytes_never_the_name(string name, byte[] bytes, ImageFormat? expected)
    {
        ImageSniffer.Sniff(bytes).Should().Be(expected, name);
    }
}
