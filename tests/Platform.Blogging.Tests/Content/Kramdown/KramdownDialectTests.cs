using System.Text.Json;
using Platform.Blogging.Blogs;
using Platform.Blogging.Content;
using Platform.Blogging.Hosting;

namespace Platform.Blogging.Tests.Content.Kramdown;

public class KramdownDialectTests
{
    private static readonly RenderContext Utc = new(TimeZoneInfo.Utc);

    [Fact]
    public void The_reading_list_in_commonmark_keeps_its_list_as_raw_text_after_the_image()
    {
        // CommonMark: a line holding only <img> starts an HTML block that runs to the next blank line, so the list
        // under it is not Markdown. This is why Jekyll posts render in the kramdown dialect.
        var post = KramdownCorpus.Render("reading-list-ko", MarkdownDialect.CommonMark);
        var body = HtmlSanitizer.ParseFragment(post.Html);

        post.Dialect.Should().Be(MarkdownDialect.CommonMark);
        body.QuerySelectorAll("a[href='https://example.com/articles/slow-software']").Should().BeEmpty();
        body.TextContent.Should().Contain("- [https://example.com/articles/slow-software](https://example.com/articles/slow-software)");
        body.QuerySelector("ul").Should().BeNull();

        var kramdown = HtmlSanitizer.ParseFragment(KramdownCorpus.Render("reading-list-ko", MarkdownDialect.Kramdown).Html);
        kramdown.QuerySelectorAll("ul > li > a").Should().HaveCount(3);
    }

    [Theory]
    [InlineData("markdown: kramdown", MarkdownDialect.CommonMark, MarkdownDialect.Kramdown)]
    [InlineData("markdown: Kramdown", MarkdownDialect.CommonMark, MarkdownDialect.Kramdown)]
    [InlineData("markdown: commonmark", MarkdownDialect.Kramdown, MarkdownDialect.CommonMark)]
    [InlineData("markdown: CommonMarkGhPages", MarkdownDialect.Kramdown, MarkdownDialect.CommonMark)]
    [InlineData("title: no dialect", MarkdownDialect.Kramdown, MarkdownDialect.Kramdown)]
    [InlineData("title: no dialect", MarkdownDialect.CommonMark, MarkdownDialect.CommonMark)]
    public void Front_matter_markdown_wins_over_the_blog_dialect(string line, MarkdownDialect blog, MarkdownDialect expected)
    {
        var post = PostRenderer.Render($"---\n{line}\n---\n<img src=\"/a.png\">\n- item\n", Utc with { Dialect = blog });

        post.Dialect.Should().Be(expected);
        (HtmlSanitizer.ParseFragment(post.Html).QuerySelector("ul") is not null).Should().Be(expected == MarkdownDialect.Kramdown);
        post.ExtraFrontMatter.Should().NotContainKey("markdown");
    }

    [Fact]
    public void An_unknown_dialect_is_refused_naming_the_field()
    {
        var act = () => PostRenderer.Render("---\nmarkdown: redcarpet\n---\nText\n", Utc);

        act.Should().Throw<ContentException>().Where(e => e.Field == "markdown" && e.Message.Contains("redcarpet", StringComparison.Ordinal));
    }

    [Fact]
    public void Unsafe_attributes_from_ials_are_removed_by_the_sanitiser()
    {
        string html = MarkdownRenderer.ToHtml(
            "Para\n{: onclick=\"alert(1)\" style=\"color:red\" data-x=\"1\" class=\"ok\" href=\"javascript:alert(1)\"}\n\n"
            + "[x](/a){: onmouseover=\"alert(1)\" target=\"_blank\" style=\"x\"}\n\n"
            + "![i](/i.png){: onerror=\"alert(1)\" src=\"javascript:alert(1)\"}\n",
            MarkdownDialect.Kramdown);

        html.Should().NotContainAny("onclick", "onmouseover", "onerror", "style", "data-x", "javascript", "href=\"javascript");
        html.Should().Contain("<p class=\"ok\">Para</p>").And.Contain("target=\"_blank\"");
    }

    [Fact]
    public void Only_the_first_toc_list_becomes_the_table_of_contents_and_a_post_without_headings_gets_none()
    {
        string html = MarkdownRenderer.ToHtml("* a\n{:toc}\n\n* b\n{:toc}\n\n## Only\n", MarkdownDialect.Kramdown);
        var body = HtmlSanitizer.ParseFragment(html);

        body.QuerySelectorAll("#markdown-toc a").Select(a => a.GetAttribute("href")).Should().Equal("#only");
        body.QuerySelectorAll("ul").Should().HaveCount(2);
        MarkdownRenderer.ToHtml("* toc\n{:toc}\n\nNo headings.\n", MarkdownDialect.Kramdown).Should().Be("<p>No headings.</p>\n");
    }

    [Fact]
    public void Commonmark_dialect_is_unchanged_by_kramdown_syntax()
    {
        MarkdownRenderer.ToHtml("Para\n{: .x}\n").Should().Be("<p>Para\n{: .x}</p>\n");
        MarkdownRenderer.ToHtml("$$x_1$$ and 10~20 then 30~40\n").Should().Be("<p>$$x_1$$ and 10<sub>20 then 30</sub>40</p>\n");
        MarkdownRenderer.ToHtml("$$x_1$$ and 10~20 then 30~40\n", MarkdownDialect.Kramdown).Should().Be("<p>\\(x_1\\) and 10~20 then 30~40</p>\n");
    }

    [Fact]
    public void Kramdown_does_not_link_bare_urls()
    {
        MarkdownRenderer.ToHtml("See https://example.com now.\n", MarkdownDialect.Kramdown).Should().Be("<p>See https://example.com now.</p>\n");
        MarkdownRenderer.ToHtml("See <https://example.com> now.\n", MarkdownDialect.Kramdown)
            .Should().Be("<p>See <a href=\"https://example.com\" rel=\"noopener\">https://example.com</a> now.</p>\n");
    }

    [Fact]
    public void The_blog_excerpt_separator_applies_unless_the_front_matter_sets_one()
    {
        var context = Utc with { Dialect = MarkdownDialect.Kramdown, ExcerptSeparator = "<!--cut-->" };

        PostRenderer.Render("First.\n\nSecond.\n\n<!--cut-->\n\nRest.\n", context).Excerpt.Should().Be("First. Second.");
        PostRenderer.Render("---\nexcerpt_separator: \"@@\"\n---\nOne.\n\nTwo. @@ Three.\n<!--cut-->\n", context).Excerpt.Should().Be("One. Two.");
        PostRenderer.Render("No separator here.\n\nSecond.\n", context).Excerpt.Should().Be("No separator here.");
        ExcerptBuilder.Build("A [b][r].\n<!--cut-->\n[r]: /x\n", MarkdownDialect.Kramdown, "<!--cut-->").Should().Be("A b.");
    }

    [Fact]
    public void Blog_settings_stored_before_dialects_read_as_commonmark_and_store_the_dialect_by_name()
    {
        var old = JsonSerializer.Deserialize<BlogSettings>("{\"name\":\"demo\",\"title\":\"Demo\"}", BloggingStateSerializer.Options)!;
        old.MarkdownDialect.Should().Be(MarkdownDialect.CommonMark);
        old.ExcerptSeparator.Should().BeNull();

        string json = JsonSerializer.Serialize(old with { MarkdownDialect = MarkdownDialect.Kramdown }, BloggingStateSerializer.Options);
        json.Should().Contain("\"markdownDialect\":\"kramdown\"");
        JsonSerializer.Deserialize<BlogSettings>(json, BloggingStateSerializer.Options)!.MarkdownDialect.Should().Be(MarkdownDialect.Kramdown);
    }

    [Fact]
    public void Blog_settings_refuse_an_overlong_excerpt_separator()
    {
        var settings = new BlogSettings { Name = "demo", Title = "Demo", ExcerptSeparator = new string('x', 101) };

        var act = () => BlogSettingsValidator.Validate(settings);

        act.Should().Throw<Platform.Blogging.Errors.InvalidInputException>().Where(e => e.Message.Contains("excerpt separator", StringComparison.Ordinal));
    }

    [Fact]
    public void Pathological_posts_render_whole()
    {
        // Unclosed attribute lists and thousands of references to one footnote: rendered completely, nothing dropped.
        // (Their speed is a benchmark matter, not a unit test's: these machines are shared.)
        string unclosed = string.Concat(Enumerable.Repeat("`c`{: .x ", 2_000));
        string references = string.Concat(Enumerable.Repeat("a[^1] ", 2_000)) + "\n\n[^1]: note\n";

        MarkdownRenderer.ToHtml(unclosed, MarkdownDialect.Kramdown).Should().Contain("{: .x");
        MarkdownRenderer.ToHtml(references, MarkdownDialect.Kramdown).Should().Contain("fnref:1:1999");
    }
}
