using Platform.Blogging.Import;

namespace Platform.Blogging.Tests.Media;

public sealed class JekyllMediaReferencesTests
{
    [Theory]
    [InlineData("![a](/images/x.png)", "/images/x.png")]
    [InlineData("![a](<images/x y.png> \"t\")", "images/x y.png")]
    [InlineData("<img src=\"/assets/a.jpg\" width=\"450\"/>", "/assets/a.jpg")]
    [InlineData("<IMG alt='x' SRC='../img/a.gif'>", "../img/a.gif")]
    [InlineData("[full size](/images/big.jpeg)", "/images/big.jpeg")]
    [InlineData("[logo]: /images/logo.webp \"Logo\"", "/images/logo.webp")]
    [InlineData("<a href=\"/images/raw.png\">raw</a>", "/images/raw.png")]
    [InlineData("---\ntitle: t\nimage: /assets/cover.jpg\n---\nbody", "/assets/cover.jpg")]
    [InlineData("---\nimage:\n  path: \"/assets/cover.png\"\n---\nbody", "/assets/cover.png")]
    [InlineData("![a]({{ site.baseurl }}/images/x.png)", "{{ site.baseurl }}/images/x.png")]
    public void Local_references_are_found(string markdown, string url)
    {
        JekyllMediaReferences.Find(markdown).Select(r => r.Url).Should().Equal(url);
        var (start, length, found) = JekyllMediaReferences.Find(markdown)[0];
        markdown.Substring(start, length).Should().Be(found);
    }

    [Theory]
    [InlineData("![a](https://example.com/x.png)")]
    [InlineData("![a](//cdn.example.com/x.png)")]
    [InlineData("![a](data:image/png;base64,AAAA)")]
    [InlineData("[a page](/about/)")]
    [InlineData("<a href=\"/files/site.zip\">zip</a>")]
    [InlineData("---\ntitle: t\nimage: https://example.com/c.jpg\n---\nbody")]
    [InlineData("[anchor](#top)")]
    public void Remote_urls_and_links_to_other_files_are_not_media(string markdown)
    {
        JekyllMediaReferences.Find(markdown).Should().BeEmpty();
    }

    [Theory]
    [InlineData("_posts/2024-01-01-a.md", "/images/x.png", new[] { "images/x.png" })]
    [InlineData("site/_posts/2024-01-01-a.md", "diagram.png", new[] { "_posts/diagram.png", "diagram.png" })]
    [InlineData("_posts/2024-01-01-a.md", "../images/x.png", new[] { "images/x.png" })]
    [InlineData("_posts/2024-01-01-a.md", "/images/a%20b.png?v=2#top", new[] { "images/a b.png" })]
    [InlineData("_posts/2024-01-01-a.md", "/../secret.png", new string[0])]
    public void References_resolve_to_site_paths(string post, string url, string[] expected)
    {
        JekyllMedia.Candidates(post, url).Should().Equal(expected);
    }
}
