using Platform.Blogging.Blogs;
using Platform.Blogging.Content;
using Platform.Blogging.Errors;
using Platform.Blogging.Import.Jekyll;
using YamlDotNet.RepresentationModel;

namespace Platform.Blogging.Tests.Import.Jekyll;

public sealed class JekyllConfigTests
{
    private const string Config = """
        title: 하늘 노트
        description: Notes
        url: "https://minji.github.io/"
        baseurl: blog/
        permalink: /:categories/:year/:month/:day/:title:output_ext
        timezone: Asia/Seoul
        excerpt_separator: <!--more-->
        defaults:
          - scope: { path: "", type: posts }
            values: { layout: post, author: 민지 }
          - scope: { path: "_posts/travel" }
            values: { author: 여행자 }
          - values: { comments: true }
        """;

    [Fact]
    public void The_keys_the_import_uses_are_read_and_normalised()
    {
        var config = JekyllConfigReader.Read("_config.yml", Config);
        config.Title.Should().Be("하늘 노트");
        config.Url.Should().Be("https://minji.github.io");
        config.BaseUrl.Should().Be("/blog");
        config.TimeZone.Should().Be("Asia/Seoul");
        config.ExcerptSeparator.Should().Be("<!--more-->");
        config.Defaults.Should().HaveCount(3);
        config.Values["title"].Should().Be("하늘 노트");
    }

    [Fact]
    public void Invalid_yaml_names_the_file_and_line()
    {
        var act = () => JekyllConfigReader.Read("_config.yml", "title: ok\nurl: [unclosed\nother: x\n");
        act.Should().Throw<InvalidInputException>().Which.Message.Should().Contain("_config.yml").And.MatchRegex("line [23]");
    }

    [Fact]
    public void A_url_that_is_not_http_is_refused()
    {
        var act = () => JekyllConfigReader.Read("_config.yml", "url: ftp://x\n");
        act.Should().Throw<InvalidInputException>().Which.Message.Should().Contain("line 1");
    }

    [Fact]
    public void Defaults_apply_the_more_specific_scope_last_and_the_posts_own_keys_win_elsewhere()
    {
        var config = JekyllConfigReader.Read("_config.yml", Config);
        var travel = JekyllDefaults.For(config.Defaults, "_posts/travel/2024-01-01-a.md", "posts").ToDictionary(k => k.Key, k => ((YamlScalarNode)k.Value).Value);
        travel.Should().Equal(new Dictionary<string, string?> { ["comments"] = "true", ["layout"] = "post", ["author"] = "여행자" });
        var other = JekyllDefaults.For(config.Defaults, "_posts/2024-01-01-b.md", "posts").ToDictionary(k => k.Key, k => ((YamlScalarNode)k.Value).Value);
        other["author"].Should().Be("민지");
        JekyllDefaults.For(config.Defaults, "about.md", "pages").Select(k => k.Key).Should().Equal("comments");
    }

    [Theory]
    [InlineData("date", "date")]
    [InlineData("pretty", "pretty")]
    [InlineData("ordinal", "ordinal")]
    [InlineData("none", "none")]
    [InlineData("/:categories/:year/:month/:day/:title:output_ext", "/:categories/:year/:month/:day/:title")]
    [InlineData("/blog/:year/:title.html", "/blog/:year/:title")]
    [InlineData("/:year/:month/:title/", "/:year/:month/:title/")]
    [InlineData("/:categories/:year/W:week/:short_day/:title:output_ext", null)]
    [InlineData("/:year/", null)]
    public void Permalink_settings_map_to_the_platforms_patterns(string jekyll, string? platform)
    {
        JekyllPermalinks.ToPlatformPattern(jekyll).Should().Be(platform);
    }

    [Fact]
    public void The_old_path_has_html_where_jekyll_wrote_it()
    {
        var values = new PermalinkValues("name", new DateTimeOffset(2010, 7, 21, 0, 0, 0, TimeSpan.FromHours(9)), ["Travel"]);
        JekyllPermalinks.OldPath(null, values).Should().Be("/travel/2010/07/21/name.html");
        JekyllPermalinks.OldPath("pretty", values).Should().Be("/travel/2010/07/21/name/");
        JekyllPermalinks.OldPath("/:year/:title:output_ext", values).Should().Be("/2010/name.html");
    }

    [Fact]
    public void Settings_take_the_values_the_platform_accepts_and_note_the_others()
    {
        var current = new BlogSettings { Name = "demo", Title = "Demo" };
        var config = JekyllConfigReader.Read("_config.yml", "title: New\ntimezone: Mars/Olympus\npermalink: /:year/:title:output_ext\n");
        var (update, notes) = JekyllSettings.From(config, current);
        update.Title.Should().Be("New");
        update.TimeZone.Should().BeNull();
        update.PermalinkPattern.Should().Be("/:year/:title");
        notes.Should().ContainSingle().Which.Should().Contain("Mars/Olympus");
    }
}
