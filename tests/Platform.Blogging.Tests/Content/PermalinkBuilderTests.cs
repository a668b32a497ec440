using Platform.Blogging.Content;

namespace Platform.Blogging.Tests.Content;

public class PermalinkBuilderTests
{
    // 2025-02-03 04:05:06 +09:00 is day 34 of the year; in UTC it is still 2025-02-02.
    private static readonly PermalinkValues Values = new(
        "hello-world",
        new DateTimeOffset(2025, 2, 3, 4, 5, 6, TimeSpan.FromHours(9)),
        ["Backend", "Django"]);

    [Theory]
    [InlineData("/:year/", "/2025/")]
    [InlineData("/:short_year/", "/25/")]
    [InlineData("/:month/", "/02/")]
    [InlineData("/:i_month/", "/2/")]
    [InlineData("/:day/", "/03/")]
    [InlineData("/:i_day/", "/3/")]
    [InlineData("/:hour/:minute/:second/", "/04/05/06/")]
    [InlineData("/:y_day/", "/034/")]
    [InlineData("/:title/", "/hello-world/")]
    [InlineData("/:slug", "/hello-world")]
    [InlineData("/:categories/", "/backend/django/")]
    [InlineData("/posts/:year-:month-:day-:slug.html", "/posts/2025-02-03-hello-world.html")]
    [InlineData("/:title:output_ext", "/hello-world")]
    [InlineData("/:yearly/:title", "/:yearly/hello-world")]
    public void Each_placeholder_is_filled_from_the_post_in_its_own_offset(string pattern, string expected)
    {
        PermalinkBuilder.Build(pattern, Values).Path.Should().Be(expected);
    }

    [Theory]
    [InlineData("date", "/backend/django/2025/02/03/hello-world")]
    [InlineData("pretty", "/backend/django/2025/02/03/hello-world/")]
    [InlineData("ordinal", "/backend/django/2025/034/hello-world")]
    [InlineData("none", "/backend/django/hello-world")]
    public void Built_in_styles_match_jekyll_without_output_extension(string style, string expected)
    {
        PermalinkBuilder.Build(style, Values).Path.Should().Be(expected);
    }

    [Fact]
    public void Empty_categories_collapse_double_slashes()
    {
        var values = Values with { Categories = [] };

        PermalinkBuilder.Build("pretty", values).Path.Should().Be("/2025/02/03/hello-world/");
    }

    [Fact]
    public void Category_names_are_slugified_so_a_slash_inside_one_stays_one_segment()
    {
        var values = Values with { Categories = ["AI/ML", "Deep Learning"] };

        PermalinkBuilder.Build("none", values).Path.Should().Be("/ai-ml/deep-learning/hello-world");
    }

    [Fact]
    public void Output_always_starts_with_a_slash()
    {
        PermalinkBuilder.Build(":year/:slug", Values).Path.Should().Be("/2025/hello-world");
    }

    [Fact]
    public void Hangul_is_kept_raw_in_path_and_percent_encoded_in_encoded_path()
    {
        var values = new PermalinkValues("첫-글", Values.Date, ["개발"]);

        var permalink = PermalinkBuilder.Build("pretty", values);

        permalink.Path.Should().Be("/개발/2025/02/03/첫-글/");
        permalink.EncodedPath.Should().Be("/%EA%B0%9C%EB%B0%9C/2025/02/03/%EC%B2%AB-%EA%B8%80/");
        Uri.UnescapeDataString(permalink.EncodedPath).Should().Be(permalink.Path);
    }

    [Fact]
    public void Dot_dot_segments_are_refused()
    {
        var act = () => PermalinkBuilder.Build("/../admin/:slug", Values);

        act.Should().Throw<ContentException>().Which.Field.Should().Be("permalink");
    }

    [Fact]
    public void Front_matter_permalink_wins_over_the_blog_pattern()
    {
        var post = PostRenderer.Render("---\ntitle: Hi\npermalink: /about/:slug/\ndate: 2025-02-03\n---\nBody\n", new RenderContext(TimeZones.Seoul));

        PermalinkBuilder.Build("date", post, DateTimeOffset.UnixEpoch).Path.Should().Be("/about/hi/");
    }

    [Fact]
    public void Post_without_permalink_uses_the_pattern_and_missing_date_uses_the_fallback()
    {
        var post = PostRenderer.Render("---\ntitle: 안녕 세상\ncategories: [일상]\n---\nBody\n", new RenderContext(TimeZones.Seoul));
        var fallback = new DateTimeOffset(2024, 12, 31, 23, 0, 0, TimeSpan.FromHours(9));

        PermalinkBuilder.Build("pretty", post, fallback).Path.Should().Be("/일상/2024/12/31/안녕-세상/");
    }
}
