using Platform.Blogging.Import.WordPress;

namespace Platform.Blogging.Tests.Import.WordPress;

public sealed class WordPressContentTests
{
    [Fact]
    public void Classic_content_gets_paragraphs_and_line_breaks_as_WordPress_adds_them()
    {
        var notes = new List<string>();
        var html = WordPressContent.ToHtml("First line\nsecond line\r\n\r\n<h2>Head</h2>\n\nText *raw*\n\n<pre>a\n\nb</pre>\n\n<!--more-->\n\nLast", notes);

        html.Should().Be("<p>First line<br />\nsecond line</p>\n\n<h2>Head</h2>\n\n<p>Text *raw*</p>\n\n<pre>a\n\nb</pre>\n\n<!--more-->\n\n<p>Last</p>");
        notes.Should().BeEmpty();
    }

    [Fact]
    public void Block_editor_content_loses_its_block_comments_and_keeps_its_HTML()
    {
        var html = WordPressContent.ToHtml("<!-- wp:paragraph {\"align\":\"center\"} -->\n<p class=\"has-text-align-center\">Hi</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:separator -->\n<hr class=\"wp-block-separator\"/>\n<!-- /wp:separator -->", []);

        html.Should().Be("<p class=\"has-text-align-center\">Hi</p>\n\n<hr class=\"wp-block-separator\"/>");
    }

    [Fact]
    public void Captions_become_figures_and_other_shortcodes_are_named()
    {
        var notes = new List<string>();
        var html = WordPressContent.ToHtml(
            "[caption id=\"attachment_5\" align=\"alignleft\" width=\"300\"]<a href=\"/big.jpg\"><img src=\"/a.jpg\" alt=\"a\" /></a> The <em>caption</em>[/caption]\n\n"
            + "[caption caption=\"Old style\"]<img src=\"/b.jpg\" />[/caption]\n\n[gallery ids=\"1,2\"] and [embed]https://v.example/1[/embed]",
            notes);

        html.Should().Contain("<figure><a href=\"/big.jpg\"><img src=\"/a.jpg\" alt=\"a\" /></a><figcaption>The <em>caption</em></figcaption></figure>")
            .And.Contain("<figure><img src=\"/b.jpg\" /><figcaption>Old style</figcaption></figure>")
            .And.Contain("[gallery ids=\"1,2\"]");
        notes.Should().ContainSingle().Which.Should().Be("WordPress shortcodes left as text: [gallery], [embed]");
    }

    [Fact]
    public void Empty_content_is_empty() => WordPressContent.ToHtml(" \n ", []).Should().BeEmpty();
}
