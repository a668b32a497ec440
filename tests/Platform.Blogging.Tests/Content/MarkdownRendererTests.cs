using Platform.Blogging.Content;

namespace Platform.Blogging.Tests.Content;

public class MarkdownRendererTests
{
    [Fact]
    public void Pipe_table_keeps_alignment_as_align_attribute_without_style()
    {
        string html = MarkdownRenderer.ToHtml("| a | b |\n|:--|--:|\n| 1 | 2 |\n");

        html.Should().Be(
            "<table>\n<thead>\n<tr>\n<th align=\"left\">a</th>\n<th align=\"right\">b</th>\n</tr>\n</thead>\n"
            + "<tbody>\n<tr>\n<td align=\"left\">1</td>\n<td align=\"right\">2</td>\n</tr>\n</tbody>\n</table>\n");
    }

    [Fact]
    public void Task_list_renders_disabled_checkboxes()
    {
        string html = MarkdownRenderer.ToHtml("- [x] done\n- [ ] todo\n");

        html.Should().Be(
            "<ul class=\"contains-task-list\">\n"
            + "<li class=\"task-list-item\"><input disabled=\"\" type=\"checkbox\" checked=\"\"> done</li>\n"
            + "<li class=\"task-list-item\"><input disabled=\"\" type=\"checkbox\"> todo</li>\n</ul>\n");
    }

    [Fact]
    public void Footnote_renders_reference_and_back_link()
    {
        string html = MarkdownRenderer.ToHtml("Text[^1].\n\n[^1]: Note.\n");

        html.Should().Be(
            "<p>Text<a id=\"fnref:1\" href=\"#fn:1\" class=\"footnote-ref\"><sup>1</sup></a>.</p>\n"
            + "<div class=\"footnotes\">\n<hr>\n<ol>\n<li id=\"fn:1\">\n"
            + "<p>Note.<a href=\"#fnref:1\" class=\"footnote-back-ref\">↩</a></p>\n</li>\n</ol>\n</div>\n");
    }

    [Fact]
    public void Fenced_code_gets_language_class_and_escaped_content()
    {
        string html = MarkdownRenderer.ToHtml("```csharp\nvar x = 1 < 2;\n```\n");

        html.Should().Be("<pre><code class=\"language-csharp\">var x = 1 &lt; 2;\n</code></pre>\n");
    }

    [Fact]
    public void Headings_get_github_style_ids_that_keep_non_latin_letters()
    {
        string html = MarkdownRenderer.ToHtml("# Hello World\n\n## 한글 제목\n\n### Ünïcödé & Co.\n");

        html.Should().Be(
            "<h1 id=\"hello-world\">Hello World</h1>\n<h2 id=\"한글-제목\">한글 제목</h2>\n"
            + "<h3 id=\"ünïcödé--co\">Ünïcödé &amp; Co.</h3>\n");
    }

    [Fact]
    public void Raw_html_image_keeps_width_and_loses_event_handler()
    {
        string html = MarkdownRenderer.ToHtml("<img src=\"/a.png\" width=\"300\" alt=\"x\" onload=\"alert(1)\">\n");

        html.Should().Be("<img src=\"/a.png\" width=\"300\" alt=\"x\">\n");
    }

    [Fact]
    public void Bare_url_becomes_external_link_with_noopener()
    {
        MarkdownRenderer.ToHtml("Visit https://example.com now.\n")
            .Should().Be("<p>Visit <a href=\"https://example.com\" rel=\"noopener\">https://example.com</a> now.</p>\n");
    }

    [Fact]
    public void Abbreviations_emphasis_extras_and_definition_lists_render()
    {
        MarkdownRenderer.ToHtml("*[HTML]: Hyper Text\n\nHTML is ~~old~~ ==marked==.\n\nTerm\n:   Definition\n")
            .Should().Be(
                "<p><abbr title=\"Hyper Text\">HTML</abbr> is <del>old</del> <mark>marked</mark>.</p>\n"
                + "<dl>\n<dt>Term</dt>\n<dd>Definition</dd>\n</dl>\n");
    }

    [Fact]
    public void Superscript_subscript_and_inserted_text_render()
    {
        MarkdownRenderer.ToHtml("x^2^ H~2~O ++new++\n").Should().Be("<p>x<sup>2</sup> H<sub>2</sub>O <ins>new</ins></p>\n");
    }

    [Fact]
    public void Figure_with_caption_renders()
    {
        MarkdownRenderer.ToHtml("^^^\n![alt](/a.png)\n^^^ Caption\n")
            .Should().Be("<figure>\n<p><img src=\"/a.png\" alt=\"alt\"></p>\n<figcaption>Caption</figcaption>\n</figure>\n");
    }

    [Fact]
    public void Grid_table_renders_as_table()
    {
        string html = MarkdownRenderer.ToHtml("+---+---+\n| a | b |\n+===+===+\n| 1 | 2 |\n+---+---+\n");

        html.Should().Contain("<th>a</th>").And.Contain("<td>2</td>").And.NotContain("style");
    }

    [Fact]
    public void Raw_script_in_markdown_never_reaches_the_output()
    {
        MarkdownRenderer.ToHtml("Hi\n\n<script>alert(1)</script>\n\n<p onclick=\"x()\">there</p>\n")
            .Should().Be("<p>Hi</p>\n\n<p>there</p>\n");
    }

    [Fact]
    public void Markdown_link_with_javascript_url_loses_its_href()
    {
        MarkdownRenderer.ToHtml("[click](javascript:alert(1))\n").Should().Be("<p><a>click</a></p>\n");
    }

    [Fact]
    public void More_marker_is_found_as_html_but_not_inside_code()
    {
        MarkdownRenderer.FindMoreMarker("Para one.\n\n<!--more-->\n\nPara two.\n").Should().Be(11);
        MarkdownRenderer.FindMoreMarker("```\n<!--more-->\n```\n").Should().Be(-1);
    }
}
