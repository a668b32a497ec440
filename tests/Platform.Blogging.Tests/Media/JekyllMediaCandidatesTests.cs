using Platform.Blogging.Import;

namespace Platform.Blogging.Tests.Media;

public sealed class JekyllMediaCandidatesTests
{
    [Theory]
    [InlineData("/blog/images/x.png", "images/x.png|blog/images/x.png")]
    [InlineData("/images/x.png", "images/x.png")]
    [InlineData("/blogroll/x.png", "blogroll/x.png")]
    [InlineData("/blog/../../x.png", "")]
    [InlineData("{{ site.url }}{{ site.baseurl }}/images/x.png", "images/x.png")]
    public void A_root_relative_path_under_the_baseurl_is_the_sites_file_without_it(string url, string expected) =>
        string.Join('|', JekyllMedia.Candidates("_posts/2024-01-01-a.md", url, ["/blog"])).Should().Be(expected);

    [Theory]
    [InlineData("https://notes.example/blog/images/x.png", "https://notes.example", "/blog/images/x.png")]
    [InlineData("HTTPS://NOTES.EXAMPLE/x.png", "https://notes.example", "/x.png")]
    [InlineData("https://notes.example.evil/x.png", "https://notes.example", "https://notes.example.evil/x.png")]
    [InlineData("https://notes.example/x.png", "", "https://notes.example/x.png")]
    public void A_url_on_the_new_origin_is_a_path_of_the_site(string url, string origin, string expected) =>
        JekyllMediaReferences.StripOrigin(url, origin).Should().Be(expected);
}
