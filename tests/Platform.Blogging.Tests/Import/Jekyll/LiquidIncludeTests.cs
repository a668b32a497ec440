using Platform.Blogging.Import.Jekyll;

namespace Platform.Blogging.Tests.Import.Jekyll;

/// <summary><c>{% include %}</c> and <c>{% include_relative %}</c> as Jekyll 3 reads them.</summary>
public sealed class LiquidIncludeTests
{
    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["_includes/note.html"] = "<aside>{{ include.text }} ({{ page.title }})</aside>",
        ["_includes/nested.html"] = "[{% include note.html text=include.inner %}|{{ include.inner }}]",
        ["_includes/self.html"] = "x{% include self.html %}",
        ["_includes/sub/box.md"] = "**{{ include.label | default: \"box\" }}**",
        ["_includes/broken.html"] = "line1\n{{ page.title | nofilter }}",
        ["_includes/sets.html"] = "{% assign from_include = \"set\" %}",
        ["_posts/travel/snippet.md"] = "snippet {{ page.title }}",
        ["_config.yml"] = "secret: x",
    };

    private static readonly LiquidContext Context = new()
    {
        Page = new Dictionary<string, object?> { ["title"] = "서울의 봄", ["kind"] = "note" },
        SiteFile = path => Files.GetValueOrDefault(path),
        PostPath = "_posts/travel/2024-03-01-x.md",
    };

    private static LiquidResult Render(string body) => JekyllLiquid.Render(body, Context);

    private static string Text(string body)
    {
        var result = Render(body);
        result.Problems.Should().BeEmpty();
        return result.Text;
    }

    [Fact]
    public void An_include_renders_with_its_parameters_as_include_values()
    {
        Text("{% include note.html text=\"안녕\" %}").Should().Be("<aside>안녕 (서울의 봄)</aside>");
        Text("{% include note.html text=page.title %}").Should().Be("<aside>서울의 봄 (서울의 봄)</aside>");
        Text("{% include note.html text='it\\'s' %}").Should().Be("<aside>it's (서울의 봄)</aside>");
        Text("{% include sub/box.md %} {% include sub/box.md label=\"상자\" %}").Should().Be("**box** **상자**");
    }

    [Fact]
    public void Includes_nest_and_each_sees_its_own_parameters()
    {
        Text("{% include nested.html inner=\"깊이\" %}").Should().Be("[<aside>깊이 (서울의 봄)</aside>|깊이]");
    }

    [Fact]
    public void The_file_name_may_be_built_from_variables()
    {
        Text("{% include {{ page.kind }}.html text=\"x\" %}").Should().Be("<aside>x (서울의 봄)</aside>");
    }

    [Fact]
    public void Include_values_end_with_the_include_but_its_assignments_do_not()
    {
        var result = Render("{% include note.html text=\"a\" %}{{ include.text }}");
        result.Text.Should().Be("<aside>a (서울의 봄)</aside>`{{ include.text }}`");
        result.Problems.Should().ContainSingle();
        Text("{% include sets.html %}{{ from_include }}").Should().Be("set");
    }

    [Fact]
    public void Include_relative_reads_from_the_posts_folder()
    {
        Text("{% include_relative snippet.md %}").Should().Be("snippet 서울의 봄");
    }

    [Fact]
    public void An_include_that_includes_itself_stops_at_the_depth_limit_and_is_reported()
    {
        var result = JekyllLiquid.Render("a\n{% include self.html %}", Context);
        result.Text.Should().Be("a\nxxxxxxxxxx`{% include self.html %}`");
        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Line.Should().Be(2);
        problem.Message.Should().Contain("in _includes/self.html line 1").And.Contain("deeper than 10");
    }

    [Theory]
    [InlineData("{% include ../_config.yml %}")]
    [InlineData("{% include /etc/passwd %}")]
    [InlineData("{% include sub//box.md %}")]
    [InlineData("{% include_relative ../../_config.yml %}")]
    public void Names_outside_the_folder_are_refused_and_kept_as_code(string tag)
    {
        var result = Render(tag);
        result.Text.Should().Be($"`{tag}`");
        result.Problems.Should().ContainSingle().Which.Message.Should().Contain("not a file name Jekyll accepts");
    }

    [Fact]
    public void A_missing_include_is_reported_with_its_line_and_kept_as_code()
    {
        var result = JekyllLiquid.Render("a\n\n{% include nope.html %}", Context, firstLine: 5);
        result.Text.Should().Be("a\n\n`{% include nope.html %}`");
        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Line.Should().Be(7);
        problem.Message.Should().Contain("'include'").And.Contain("nope.html");
    }

    [Fact]
    public void Problems_inside_an_include_are_reported_at_the_include_with_the_files_line()
    {
        var result = Render("a\n{% include broken.html %}");
        result.Text.Should().Be("a\nline1\n`{{ page.title | nofilter }}`");
        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Line.Should().Be(2);
        problem.Message.Should().Contain("in _includes/broken.html line 2").And.Contain("nofilter");
    }

    [Fact]
    public void Parameters_jekyll_would_refuse_are_reported()
    {
        var result = Render("{% include note.html text=\"a\" oops %}");
        result.Text.Should().Be("`{% include note.html text=\"a\" oops %}`");
        result.Problems.Should().ContainSingle().Which.Message.Should().Contain("key=\"value\"");
    }
}
