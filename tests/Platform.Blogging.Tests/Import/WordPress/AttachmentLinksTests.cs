using Platform.Blogging.Import.WordPress;

namespace Platform.Blogging.Tests.Import.WordPress;

public sealed class AttachmentLinksTests
{
    private const string Served = "/media/0123456789abcdef0123/640w.jpg";

    private static readonly AttachmentLinks Links = new(
    [
        new AttachmentResult("1", "https://blog.example.com/wp-content/uploads/2024/03/photo.jpg", AttachmentOutcome.Downloaded, null, "0123456789abcdef0123", Served),
        new AttachmentResult("2", "https://blog.example.com/wp-content/uploads/2024/03/other.jpg", AttachmentOutcome.Failed, "404"),
    ]);

    [Theory]
    [InlineData("/a/photo-300x200.jpg", "/a/photo.jpg")]
    [InlineData("/a/photo-scaled.jpg", "/a/photo.jpg")]
    [InlineData("/a/photo-scaled-1024x768.jpg", "/a/photo.jpg")]
    [InlineData("/a/photo-1-300x200.jpg", "/a/photo-1.jpg")]
    [InlineData("/a/photo.jpg", "/a/photo.jpg")]
    [InlineData("/a-300x200/photo", "/a-300x200/photo")]
    public void A_resized_copy_belongs_to_its_original(string path, string family) =>
        AttachmentLinks.Family(path).Should().Be(family);

    [Theory]
    [InlineData("<img src=\"https://blog.example.com/wp-content/uploads/2024/03/photo.jpg\">")]
    [InlineData("<img src=\"http://blog.example.com/wp-content/uploads/2024/03/photo-150x150.jpg?w=150\">")]
    [InlineData("<img src=\"//blog.example.com/wp-content/uploads/2024/03/photo-scaled.jpg\">")]
    public void Every_form_of_the_attachments_url_becomes_the_served_one(string html) =>
        Links.Rewrite(html).Should().Be($"<img src=\"{Served}\">");

    [Theory]
    [InlineData("<img src=\"https://blog.example.com/wp-content/uploads/2024/03/other.jpg\">")]
    [InlineData("<img src=\"https://blog.example.com/wp-content/uploads/2024/03/photograph.jpg\">")]
    [InlineData("<img src=\"https://blog.example.com/wp-content/uploads/2024/04/photo.jpg\">")]
    [InlineData("<img src=\"https://cdn.example.com/wp-content/uploads/2024/03/photo.jpg\">")]
    [InlineData("<a href=\"https://blog.example.com/wp-content/uploads/2024/03/photo.jpg.zip\">")]
    public void Other_files_and_hosts_are_left_alone(string html) =>
        Links.Rewrite(html).Should().BeSameAs(html);

    [Fact]
    public void A_rewritten_image_loses_WordPresss_srcset_and_sizes_and_others_keep_theirs()
    {
        var html = "<img src=\"https://blog.example.com/wp-content/uploads/2024/03/photo-300x200.jpg\" srcset=\"https://blog.example.com/wp-content/uploads/2024/03/photo-300x200.jpg 300w, https://blog.example.com/wp-content/uploads/2024/03/photo.jpg 640w\" sizes=\"(max-width: 300px) 100vw, 300px\" width=\"300\">"
            + "<img src=\"https://cdn.example.com/x.jpg\" srcset=\"https://cdn.example.com/x.jpg 1x\">";

        Links.Rewrite(html).Should().Be($"<img src=\"{Served}\" width=\"300\"><img src=\"https://cdn.example.com/x.jpg\" srcset=\"https://cdn.example.com/x.jpg 1x\">");
    }

    [Fact]
    public void Without_a_download_nothing_is_rewritten()
    {
        var none = new AttachmentLinks([new AttachmentResult("1", "https://blog.example.com/a.jpg", AttachmentOutcome.Allowed, "not asked")]);
        var posts = new[] { ImportItemOf("<img src=\"https://blog.example.com/a.jpg\">") };

        none.Any.Should().BeFalse();
        none.Rewrite(posts).Should().BeSameAs(posts);
    }

    private static Platform.Blogging.Import.ImportItem ImportItemOf(string markdown) => Platform.Blogging.Import.ImportItem.Post("wordpress/1", markdown, null);
}
