using Platform.Blogging.Content;
using Platform.Blogging.Media;

namespace Platform.Blogging.Tests.Media;

public sealed class MediaSourceSetsTests
{
    private const string Id = "0123456789abcdef0123";

    [Fact]
    public void An_image_of_the_blogs_media_gets_a_srcset_of_its_stored_widths_and_a_webp_source()
    {
        var html = MarkdownRenderer.ToHtml($"![chart](/media/{Id}/1200w.png)");

        html.Should().Contain("<picture><source type=\"image/webp\"");
        html.Should().Contain($"srcset=\"/media/{Id}/600w.webp 600w, /media/{Id}/1000w.webp 1000w, /media/{Id}/1200w.webp 1200w\"");
        html.Should().Contain($"srcset=\"/media/{Id}/600w.png 600w, /media/{Id}/1000w.png 1000w, /media/{Id}/1200w.png 1200w\"");
        html.Should().Contain($"src=\"/media/{Id}/1200w.png\"");
        html.Should().Contain("sizes=\"" + MediaUrls.DefaultSizes + "\"");
        html.Should().Contain("loading=\"lazy\"");
    }

    [Fact]
    public void An_html_image_with_a_width_gets_sizes_for_that_width()
    {
        var html = MarkdownRenderer.ToHtml($"<img src=\"/media/{Id}/2400w.jpg\" width=\"450\"/>\n\n- a list after it");

        html.Should().Contain("sizes=\"(max-width: 450px) 100vw, 450px\"");
        html.Should().Contain($"/media/{Id}/1600w.jpg 1600w, /media/{Id}/2400w.jpg 2400w");
    }

    [Fact]
    public void A_webp_image_needs_no_picture()
    {
        var html = MarkdownRenderer.ToHtml($"![x](/media/{Id}/700w.webp)");

        html.Should().NotContain("<picture>");
        html.Should().Contain($"srcset=\"/media/{Id}/600w.webp 600w, /media/{Id}/700w.webp 700w\"");
    }

    [Theory]
    [InlineData("![x](https://elsewhere.example/media/0123456789abcdef0123/1200w.png)")]
    [InlineData("![x](/images/photo.png)")]
    [InlineData("![x](/media/0123456789abcdef0123/original.png)")]
    [InlineData("![x](/media/NOTANID/1200w.png)")]
    [InlineData("<img src=\"/media/0123456789abcdef0123/1200w.png\" srcset=\"/a.png 2x\">")]
    public void Other_images_are_left_as_they_are(string markdown)
    {
        MarkdownRenderer.ToHtml(markdown).Should().NotContain("<picture>").And.NotContain("600w");
    }

    [Fact]
    public void The_sanitizer_still_checks_what_the_rewriter_keeps()
    {
        var html = MarkdownRenderer.ToHtml($"<img src=\"/media/{Id}/1200w.png\" onerror=\"alert(1)\" style=\"x\">");

        html.Should().Contain("srcset=");
        html.Should().NotContain("onerror").And.NotContain("style");
    }

    [Fact]
    public void The_srcset_helper_lists_the_stored_files_of_an_item()
    {
        var item = new MediaItem
        {
            Id = Id, OriginalName = "a.jpg", ContentType = "image/jpeg", Bytes = 1, Width = 1100, Height = 500, Uploader = "t",
            UploadedAt = DateTimeOffset.UnixEpoch,
            Variants = [new MediaVariant("1100w.jpg", 1100, 500, "image/jpeg", 1), new MediaVariant("1100w.webp", 1100, 500, "image/webp", 1)],
        };

        MediaUrls.FullSize(item).Should().Be($"/media/{Id}/1100w.jpg");
        MediaUrls.SrcSet(item, webp: false).Should().Be($"/media/{Id}/600w.jpg 600w, /media/{Id}/1000w.jpg 1000w, /media/{Id}/1100w.jpg 1100w");
        MediaUrls.SrcSet(item, webp: true).Should().Be($"/media/{Id}/600w.webp 600w, /media/{Id}/1000w.webp 1000w, /media/{Id}/1100w.webp 1100w");
        MediaUrls.Sizes(null).Should().Be(MediaUrls.DefaultSizes);
    }
}
