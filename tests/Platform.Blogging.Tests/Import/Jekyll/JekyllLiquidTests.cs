using Platform.Blogging.Import.Jekyll;

namespace Platform.Blogging.Tests.Import.Jekyll;

public sealed class JekyllLiquidTests
{
    private static readonly LiquidContext Context = new()
    {
        Url = "https://new.example",
        BaseUrl = "/@notes",
        Site = new Dictionary<string, object?> { ["title"] = "Old site", ["author"] = new Dictionary<string, object?> { ["name"] = "민지" } },
        Page = new Dictionary<string, object?>
        {
            ["title"] = "서울의 봄",
            ["tags"] = new object?[] { "a", "b" },
            ["date"] = new DateTimeOffset(2010, 7, 21, 9, 5, 0, TimeSpan.FromHours(9)),
            ["count"] = 3L,
        },
        PostUrl = name => name == "2010-07-21-name" ? "/2010/07/21/name/" : null,
        Link = path => path switch
        {
            "_posts/2010-07-21-name.md" => "/2010/07/21/name/",
            "assets/a.png" => "/assets/a.png",
            _ => null,
        },
    };

    private static LiquidResult Render(string body) => JekyllLiquid.Render(body, Context);

    [Fact]
    public void Site_url_and_baseurl_become_the_new_blogs()
    {
        var result = Render("[x]({{ site.url }}{{ site.baseurl }}/about/)");
        result.Text.Should().Be("[x](https://new.example/@notes/about/)");
        result.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Page_values_and_other_site_values_come_from_front_matter_and_config()
    {
        Render("# {{ page.title }} by {{ site.author.name }} on {{ site.title }}").Text.Should().Be("# 서울의 봄 by 민지 on Old site");
        Render("{{ page.tags }} {{ page.count }} {{ page.tags.size }} {{ page.tags.first }}").Text.Should().Be("ab 3 2 a");
        Render("{{ page.date }}").Text.Should().Be("2010-07-21 09:05:00 +0900");
    }

    [Fact]
    public void Post_url_and_link_become_the_new_paths_and_unknown_names_are_reported_as_code()
    {
        Render("[a]({{ site.baseurl }}{% post_url 2010-07-21-name %})").Text.Should().Be("[a](/@notes/2010/07/21/name/)");
        Render("[b]({% link _posts/2010-07-21-name.md %}) ![i]({% link assets/a.png %})").Text.Should().Be("[b](/2010/07/21/name/) ![i](/assets/a.png)");

        var missing = Render("see {% post_url 2099-01-01-nothing %}");
        missing.Text.Should().Be("see `{% post_url 2099-01-01-nothing %}`");
        missing.Problems.Should().ContainSingle().Which.Message.Should().Contain("2099-01-01-nothing");
    }

    [Fact]
    public void Highlight_becomes_a_fenced_block_with_its_language_and_liquid_inside_resolved()
    {
        var result = Render("Before\n{% highlight ruby linenos %}\ndef x\n  \"{{ site.url }}\"\nend\n{% endhighlight %}\nAfter");
        result.Text.Should().Be("Before\n```ruby\ndef x\n  \"https://new.example\"\nend\n```\nAfter");
        result.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Highlight_with_backtick_fences_inside_gets_a_longer_fence()
    {
        Render("{% highlight md %}\n```\ncode\n```\n{% endhighlight %}\n").Text.Should().Be("````md\n```\ncode\n```\n````\n");
    }

    [Fact]
    public void Raw_keeps_liquid_literally()
    {
        var result = Render("{% raw %}{{ site.url }} {% include x.html %}{% endraw %}");
        result.Text.Should().Be("{{ site.url }} {% include x.html %}");
        result.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Liquid_in_code_spans_and_fences_is_resolved_as_jekyll_does()
    {
        Render("`{{ site.url }}`\n\n```\n{{ page.title }}\n```").Text.Should().Be("`https://new.example`\n\n```\n서울의 봄\n```");
    }

    [Fact]
    public void An_unknown_include_is_reported_with_its_line_and_kept_as_a_code_span()
    {
        var result = JekyllLiquid.Render("a\n\n{% include gallery.html images=page.images %}\n", Context, firstLine: 5);
        result.Text.Should().Be("a\n\n`{% include gallery.html images=page.images %}`\n");
        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Line.Should().Be(7);
        problem.Message.Should().Contain("'include'").And.Contain("{% include gallery.html images=page.images %}");
    }

    [Fact]
    public void An_unknown_tag_inside_code_is_kept_as_written_and_reported()
    {
        var result = Render("```\n{% include x.html %}\n```\n");
        result.Text.Should().Be("```\n{% include x.html %}\n```\n");
        result.Problems.Should().ContainSingle().Which.Message.Should().Contain("kept as written");
    }

    [Fact]
    public void Control_flow_is_evaluated_and_a_tag_the_import_does_not_know_is_reported_and_kept_as_code()
    {
        var result = Render("{% if page.title %}yes{% endif %} {% seo %}");
        result.Text.Should().Be("yes `{% seo %}`");
        result.Problems.Should().ContainSingle().Which.Message.Should().Contain("'seo'");
    }

    [Fact]
    public void A_tag_containing_backticks_gets_a_longer_code_span()
    {
        Render("{% foo `a` %}").Text.Should().Be("``{% foo `a` %}``");
    }

    [Fact]
    public void Known_filters_apply_and_unknown_ones_are_reported()
    {
        Render("{{ \"/assets/a.png\" | relative_url }} {{ '/x' | absolute_url }}").Text.Should().Be("/@notes/assets/a.png https://new.example/@notes/x");
        Render("{{ page.title | upcase }} {{ \"<b>\" | escape }} {{ page.nope | default: \"none\" }}").Text.Should().Be("서울의 봄 &lt;b&gt; none");

        var unknown = Render("{{ page.title | smartify }}");
        unknown.Text.Should().Be("`{{ page.title | smartify }}`");
        unknown.Problems.Should().ContainSingle().Which.Message.Should().Contain("smartify");
    }

    [Fact]
    public void A_value_that_is_not_set_renders_empty_as_in_jekyll_and_is_reported()
    {
        var result = Render("[{{ page.subtitle }}]");
        result.Text.Should().Be("[]");
        result.Problems.Should().ContainSingle().Which.Message.Should().Contain("page.subtitle");
    }

    [Fact]
    public void Values_jekyll_builds_and_other_variables_are_reported_not_guessed()
    {
        Render("{{ site.posts }}").Text.Should().Be("`{{ site.posts }}`");
        Render("{{ post.title }}").Problems.Should().ContainSingle().Which.Message.Should().Contain("post.title");
        Render("{{ page.content }}").Problems.Should().ContainSingle();
    }

    [Fact]
    public void Comments_are_removed_and_whitespace_control_applies()
    {
        Render("a{% comment %} {% include x %} {% endcomment %}b").Text.Should().Be("ab");
        Render("a\n  {%- comment -%} x {%- endcomment -%}\n  b").Text.Should().Be("ab");
        Render("x {{- page.title -}} y").Text.Should().Be("x서울의 봄y");
    }

    [Fact]
    public void A_gist_becomes_a_link_and_is_reported()
    {
        var result = Render("{% gist parkr/931c1c8d465a04042403 %}");
        result.Text.Should().Be("[gist parkr/931c1c8d465a04042403](https://gist.github.com/parkr/931c1c8d465a04042403)");
        result.Problems.Should().ContainSingle();
    }

    [Fact]
    public void A_highlight_never_closed_is_reported_and_kept_as_code()
    {
        var result = Render("{% highlight ruby %}\nx");
        result.Text.Should().Be("`{% highlight ruby %}`\nx");
        result.Problems.Should().ContainSingle().Which.Message.Should().Contain("endhighlight");
    }

    [Fact]
    public void Adjacent_unresolved_tags_stay_separate_code_spans()
    {
        Render("{% a %}{% b %}").Text.Should().Be("`{% a %}` `{% b %}`");
    }
}
