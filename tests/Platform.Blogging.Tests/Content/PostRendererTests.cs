using Platform.Blogging.Content;

namespace Platform.Blogging.Tests.Content;

public class PostRendererTests
{
    private static readonly RenderContext Seoul = new(TimeZones.Seoul);

    [Fact]
    public void Renders_a_complete_post()
    {
        const string source = """
            ---
            title: 장고 마이그레이션
            date: 2025-08-26 13:21
            last_modified_at: 2025-08-27T10:00:00Z
            categories: [Backend, Django]
            tags: python django
            description: 정리
            image: /img/cover.png
            layout: post
            ---
            마이그레이션을 **정리**합니다.

            <!--more-->

            ```python
            print("hi")
            ```
            """;

        var post = PostRenderer.Render(source, Seoul);

        post.Title.Should().Be("장고 마이그레이션");
        post.Slug.Should().Be("장고-마이그레이션");
        post.Date.Should().Be(new DateTimeOffset(2025, 8, 26, 13, 21, 0, TimeSpan.FromHours(9)));
        post.Date!.Value.Offset.Should().Be(TimeSpan.FromHours(9));
        post.LastModified.Should().Be(new DateTimeOffset(2025, 8, 27, 10, 0, 0, TimeSpan.Zero));
        post.Categories.Should().Equal("Backend", "Django");
        post.Tags.Should().Equal("python", "django");
        post.Description.Should().Be("정리");
        post.Image.Should().Be("/img/cover.png");
        post.IsDraft.Should().BeFalse();
        post.Permalink.Should().BeNull();
        post.Html.Should().Contain("<strong>정리</strong>").And.Contain("<code class=\"language-python\">");
        post.Excerpt.Should().Be("마이그레이션을 정리합니다.");
        post.ReadingTimeMinutes.Should().Be(1);
        post.WordCount.Should().Be(12); // 7 + 5 syllables; the code block is not counted
        post.ExtraFrontMatter.Should().ContainKey("layout").WhoseValue.Should().Be("post");
        post.Source.Should().Be(source);
        post.Markdown.Should().StartWith("마이그레이션을");
    }

    [Fact]
    public void Front_matter_slug_wins_over_the_title()
    {
        PostRenderer.Render("---\ntitle: Hello\nslug: My Custom Slug\n---\n", Seoul).Slug.Should().Be("my-custom-slug");
    }

    [Fact]
    public void Missing_title_comes_from_the_first_heading()
    {
        var post = PostRenderer.Render("Intro.\n\n# The *Real* Title\n\nText.\n", Seoul with { FileName = "2025-01-01-file-name.md" });

        post.Title.Should().Be("The Real Title");
        post.Slug.Should().Be("the-real-title");
    }

    [Fact]
    public void Missing_title_and_heading_fall_back_to_the_file_name()
    {
        var post = PostRenderer.Render("Just text.\n", Seoul with { FileName = "_posts/2025-08-26-hello-big-world.md" });

        post.Title.Should().Be("hello big world");
        post.Slug.Should().Be("hello-big-world");
    }

    [Theory]
    [InlineData("draft: true", true)]
    [InlineData("published: false", true)]
    [InlineData("published: true", false)]
    [InlineData("draft: false", false)]
    public void Draft_flag_follows_draft_and_published(string line, bool isDraft)
    {
        PostRenderer.Render($"---\ntitle: x\n{line}\n---\n", Seoul).IsDraft.Should().Be(isDraft);
    }

    [Fact]
    public void Excerpt_without_marker_is_the_first_paragraph()
    {
        PostRenderer.Render("---\ntitle: x\n---\n# Heading\n\nFirst one.\n\nSecond.\n", Seoul).Excerpt.Should().Be("First one.");
    }

    [Fact]
    public void Body_over_the_limit_is_refused_naming_size_and_limit()
    {
        string source = "---\ntitle: big\n---\n" + new string('a', 100);

        var act = () => PostRenderer.Render(source, Seoul with { MaxBytes = 64 });

        act.Should().Throw<ContentException>().WithMessage("*119 bytes*limit of 64 bytes*");
    }

    [Fact]
    public void Size_limit_counts_utf8_bytes_not_characters()
    {
        string source = new('한', 400); // 400 characters, 1200 bytes

        var act = () => PostRenderer.Render(source, Seoul with { MaxBytes = 1000 });

        act.Should().Throw<ContentException>().WithMessage("*1200 bytes*");
        PostRenderer.Render(source, Seoul with { MaxBytes = 1200 }).Title.Should().Be("Untitled");
    }

    [Fact]
    public void Default_limit_is_one_mebibyte()
    {
        new RenderContext(TimeZones.Seoul).MaxBytes.Should().Be(1_048_576);
        var act = () => PostRenderer.Render(new string('a', 1_048_577), Seoul);
        act.Should().Throw<ContentException>().WithMessage("*1048577 bytes*1048576 bytes*");
    }

    [Fact]
    public void Raw_html_in_the_body_is_sanitised()
    {
        var post = PostRenderer.Render("---\ntitle: x\n---\n<img src=x onerror=alert(1) width=\"640\">\n\n<script>alert(1)</script>\n", Seoul);

        post.Html.Should().Be("<img src=\"x\" width=\"640\">\n\n");
    }

    [Fact]
    public void Rendering_in_parallel_gives_identical_results()
    {
        const string source = "---\ntitle: Para\n---\n# A\n\n| a |\n|---|\n| 1 |\n\n- [x] t\n\nText[^1]\n\n[^1]: n\n";
        string expected = PostRenderer.Render(source, Seoul).Html;

        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = PostRenderer.Render(source, Seoul).Html);

        results.Should().AllBe(expected);
    }

    [Fact]
    public void Front_matter_errors_propagate_with_file_positions()
    {
        var act = () => PostRenderer.Render("---\ntitle: x\ndate: 2025-99-99\n---\n", Seoul);

        var error = act.Should().Throw<ContentException>().Which;
        error.Field.Should().Be("date");
        error.Line.Should().Be(3);
    }
}
