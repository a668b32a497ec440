using Platform.Blogging.Content;
using Platform.Blogging.Import.Foreign;

namespace Platform.Blogging.Tests.Import.Foreign;

public sealed class HtmlBodyTests
{
    [Fact]
    public void Each_top_level_block_becomes_an_HTML_block_and_renders_as_the_same_HTML()
    {
        var html = "<h2>제목</h2><p>One *not emphasis* &amp; <b>bold</b></p><ul><li>- not a list</li></ul>";

        var body = HtmlBody.FromHtml(html);

        body.Should().Be("<h2>제목</h2>\n\n<p>One *not emphasis* &amp; <b>bold</b></p>\n\n<ul><li>- not a list</li></ul>\n");
        MarkdownRenderer.ToHtml(body).Should().Contain("<p>One *not emphasis* &amp; <b>bold</b></p>").And.Contain("<li>- not a list</li>");
    }

    [Fact]
    public void A_blank_line_inside_pre_does_not_end_the_block_and_the_code_keeps_its_empty_line()
    {
        var body = HtmlBody.FromHtml("<p>before</p><pre><code>a\n\n    indented *b*\n</code></pre><p>after</p>");

        body.Should().NotContain("\n\n    ", "no blank line is left inside the block");
        var rendered = MarkdownRenderer.ToHtml(body);
        rendered.Should().Contain("<pre><code>a\n\n    indented *b*\n</code></pre>");
        rendered.Should().Contain("<p>after</p>");
    }

    [Fact]
    public void Loose_text_and_inline_elements_are_wrapped_in_a_paragraph_and_comments_go_except_more()
    {
        var body = HtmlBody.FromHtml("<!--kg-card-begin: html-->Hello <a href=\"/x\">x</a><!--more--><div>d</div><!-- wp:paragraph -->");

        body.Should().Be("<p>Hello <a href=\"/x\">x</a></p>\n\n<!--more-->\n\n<div>d</div>\n");
        ExcerptBuilder.Build(body).Should().Be("Hello x");
    }

    [Fact]
    public void An_empty_fragment_gives_an_empty_body() => HtmlBody.FromHtml("  \n<!-- c -->\n").Should().BeEmpty();

    [Fact]
    public void Removed_elements_are_named_with_counts()
    {
        RemovedElements.Describe("<p>x</p><iframe src=a></iframe><div><iframe></iframe><script>1</script></div><svg><script/></svg>")
            .Should().Be("iframe (2), script, svg");
        RemovedElements.Describe("<ul><li><input type=checkbox disabled> done</li></ul>").Should().BeNull();
    }
}
