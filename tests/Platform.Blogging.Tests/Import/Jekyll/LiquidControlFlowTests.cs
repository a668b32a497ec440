using Platform.Blogging.Import.Jekyll;

namespace Platform.Blogging.Tests.Import.Jekyll;

/// <summary>Variables and control flow, each expected output written by hand from Liquid's documented semantics.</summary>
public sealed class LiquidControlFlowTests
{
    private static readonly LiquidContext Context = new()
    {
        Site = new Dictionary<string, object?> { ["author"] = new Dictionary<string, object?> { ["name"] = "민지" } },
        Page = new Dictionary<string, object?>
        {
            ["title"] = "서울의 봄",
            ["tags"] = new object?[] { "a", "b" },
            ["count"] = 3L,
        },
    };

    private static LiquidResult Render(string body, LiquidContext? context = null) => JekyllLiquid.Render(body, context ?? Context);

    private static string Text(string body) => Render(body).Text;

    [Fact]
    public void Assign_and_capture_set_variables_that_outputs_read()
    {
        Text("{% assign x = page.title | append: \"!\" %}{{ x }}").Should().Be("서울의 봄!");
        Text("{% capture greeting %}안녕, {{ page.title }}{% endcapture %}[{{ greeting }}]").Should().Be("[안녕, 서울의 봄]");
        Text("{% assign n = 2 %}{% assign n = n | plus: 1 %}{{ n }}").Should().Be("3");
    }

    [Fact]
    public void If_elsif_else_and_unless_choose_one_branch()
    {
        Text("{% if page.count > 5 %}many{% elsif page.count == 3 %}three{% else %}other{% endif %}").Should().Be("three");
        Text("{% if page.count > 5 %}many{% else %}other{% endif %}").Should().Be("other");
        Text("{% unless page.draft %}published{% endunless %}").Should().Be("published");
        Text("{% unless page.count == 3 %}no{% else %}yes{% endunless %}").Should().Be("yes");
    }

    [Fact]
    public void Only_nil_and_false_are_false()
    {
        Text("{% if \"\" %}e{% endif %}{% if 0 %}z{% endif %}{% if page.tags %}l{% endif %}{% if nil %}N{% endif %}{% if false %}F{% endif %}{% if page.missing %}M{% endif %}")
            .Should().Be("ezl");
    }

    [Fact]
    public void And_and_or_are_evaluated_from_the_right()
    {
        // Liquid reads "true or false and false" as true or (false and false), and "false and false or true" as
        // false and (false or true); left to right would give the opposite for the second.
        Text("{% if true or false and false %}a{% else %}b{% endif %}").Should().Be("a");
        Text("{% if false and false or true %}a{% else %}b{% endif %}").Should().Be("b");
    }

    [Fact]
    public void Comparisons_and_contains_follow_liquid()
    {
        Text("{% if page.count >= 3 and page.count <= 3 and page.count != 4 and page.count <> 5 %}ok{% endif %}").Should().Be("ok");
        Text("{% if \"abc\" < \"abd\" %}s{% endif %}{% if 2 == 2.0 %}n{% endif %}{% if \"1\" == 1 %}x{% endif %}").Should().Be("sn");
        Text("{% if page.title contains \"봄\" %}c{% endif %}{% if page.tags contains \"b\" %}t{% endif %}{% if page.tags contains \"z\" %}x{% endif %}")
            .Should().Be("ct");
        Text("{% if page.missing < 1 %}x{% else %}nil is not ordered{% endif %}").Should().Be("nil is not ordered");
        Text("{% if page.tags == empty %}x{% endif %}{% if \"\" == empty %}e{% endif %}").Should().Be("e");
    }

    [Fact]
    public void A_comparison_liquid_refuses_keeps_the_block_as_code_and_is_reported()
    {
        var result = Render("{% if page.title > 3 %}x{% endif %}");
        result.Text.Should().Be("`{% if page.title > 3 %}`x`{% endif %}`");
        result.Problems.Should().ContainSingle().Which.Message.Should().Contain("comparison of String with Integer failed");
    }

    [Fact]
    public void Case_renders_every_matching_when_and_else_only_without_one()
    {
        Text("{% case page.count %}{% when 1, 2 %}small{% when 3 or 4 %}mid{% else %}big{% endcase %}").Should().Be("mid");
        Text("{% case 1 %}{% when 1 %}a{% when 1 %}b{% else %}c{% endcase %}").Should().Be("ab");
        Text("{% case page.title %}{% when \"x\" %}a{% else %}c{% endcase %}").Should().Be("c");
    }

    [Fact]
    public void For_iterates_with_forloop()
    {
        Text("{% for t in page.tags %}{{ forloop.index }}:{{ t }}{% unless forloop.last %}, {% endunless %}{% endfor %}").Should().Be("1:a, 2:b");
        Text("{% for t in page.tags %}{{ forloop.rindex }}{{ forloop.first }}{{ forloop.length }}{{ forloop.index0 }} {% endfor %}").Should().Be("2true20 1false21 ");
        Text("{% for a in (1..2) %}{% for b in (1..2) %}{{ forloop.parentloop.index }}{{ b }} {% endfor %}{% endfor %}").Should().Be("11 12 21 22 ");
    }

    [Fact]
    public void For_takes_offset_and_limit_before_reversing_and_ranges_from_variables()
    {
        Text("{% for i in (1..10) offset:2 limit:3 reversed %}{{ i }}{% endfor %}").Should().Be("543");
        Text("{% for i in (1..10) reversed limit: 2 %}{{ i }}{% endfor %}").Should().Be("21");
        Text("{% for i in (1..page.count) %}{{ i }}{% endfor %}").Should().Be("123");
        Text("{% for t in page.tags offset:1 %}{{ t }}{% endfor %}").Should().Be("b");
    }

    [Fact]
    public void For_else_break_and_continue()
    {
        Text("{% for x in page.nothing %}x{% else %}none{% endfor %}").Should().Be("none");
        Text("{% for i in (1..5) %}{% if i == 2 %}{% continue %}{% endif %}{% if i == 4 %}{% break %}{% endif %}{{ i }}{% endfor %}").Should().Be("13");
        Text("{% for pair in site.author %}{{ pair[0] }}={{ pair[1] }}{% endfor %}").Should().Be("name=민지");
    }

    [Fact]
    public void Assign_in_a_loop_outlives_it_but_the_loop_variable_does_not()
    {
        Text("{% for t in page.tags %}{% assign last = t %}{% endfor %}{{ last }}").Should().Be("b");
        var result = Render("{% for t in page.tags %}{% endfor %}{{ t }}");
        result.Text.Should().Be("`{{ t }}`");
        result.Problems.Should().ContainSingle().Which.Message.Should().Contain("'t' is not known");
    }

    [Fact]
    public void Whitespace_control_applies_around_blocks()
    {
        Text("{% for t in page.tags -%}\n  {{ t }}\n{%- endfor %}").Should().Be("ab");
        Text("a\n{%- if true -%}\n b \n{%- endif -%}\nc").Should().Be("abc");
    }

    [Fact]
    public void Increment_decrement_and_cycle_keep_their_own_counters()
    {
        Text("{% increment n %}{% increment n %}{% decrement m %}{% decrement m %}").Should().Be("01-1-2");
        Text("{% for i in (1..3) %}{% cycle \"odd\", \"even\" %} {% endfor %}").Should().Be("odd even odd ");
    }

    [Fact]
    public void A_loop_over_what_jekyll_builds_from_the_whole_site_is_kept_whole_as_code_and_reported_once()
    {
        var result = Render("Recent: {% for post in site.posts limit:3 %}[{{ post.title }}]({{ post.url }}){% endfor %}");
        result.Text.Should().Be("Recent: `{% for post in site.posts limit:3 %}`[`{{ post.title }}`](`{{ post.url }}`)`{% endfor %}`");
        result.Problems.Should().ContainSingle().Which.Message.Should().Contain("'site.posts'").And.Contain("kept as code");
    }

    [Fact]
    public void An_unknown_variable_in_a_condition_or_collection_keeps_the_block_as_code_and_in_an_assign_is_nil()
    {
        var condition = Render("{% if post.title %}x{% else %}y{% endif %}");
        condition.Text.Should().Be("`{% if post.title %}`x`{% else %}`y`{% endif %}`");
        condition.Problems.Should().ContainSingle().Which.Message.Should().Contain("'post.title' is not known");

        var loop = Render("{% for post in paginator.posts %}{{ post.title }}{% endfor %}");
        loop.Text.Should().Be("`{% for post in paginator.posts %}` `{{ post.title }}` `{% endfor %}`");
        loop.Problems.Should().ContainSingle().Which.Message.Should().Contain("'paginator.posts' is not known");

        var assign = Render("{% assign x = post.title %}[{{ x }}]");
        assign.Text.Should().Be("[]");
        assign.Problems.Should().ContainSingle().Which.Message.Should().Contain("'post.title' is not known").And.Contain("nil");
    }

    [Fact]
    public void A_block_never_closed_and_a_stray_clause_are_reported_and_kept_as_code()
    {
        var open = Render("{% if true %}x");
        open.Text.Should().Be("`{% if true %}`x");
        open.Problems.Should().ContainSingle().Which.Message.Should().Contain("endif");

        var stray = Render("a{% else %}b{% endfor %}");
        stray.Text.Should().Be("a`{% else %}`b`{% endfor %}`");
        stray.Problems.Should().HaveCount(2);
    }

    [Fact]
    public void Past_the_iteration_limit_the_body_is_kept_with_its_liquid_as_code_and_the_limit_is_reported()
    {
        var result = Render("a {% for i in (1..1000000000) %}{{ i }}{% endfor %} b", Context with { MaxIterations = 5 });
        result.Text.Should().Be("a `{% for i in (1..1000000000) %}` `{{ i }}` `{% endfor %}` b");
        result.Problems.Should().ContainSingle().Which.Message.Should().Contain("more than 5 times");
    }

    [Fact]
    public void Past_the_output_limit_the_body_is_kept_with_its_liquid_as_code_and_the_limit_is_reported()
    {
        var result = Render("{% for i in (1..50) %}0123456789{% endfor %}", Context with { MaxOutputChars = 100 });
        result.Text.Should().Be("`{% for i in (1..50) %}`0123456789`{% endfor %}`");
        result.Problems.Should().ContainSingle().Which.Message.Should().Contain("more than 100 characters");
    }

    [Fact]
    public void Nested_captures_loops_and_conditions_combine()
    {
        const string body = """
            {% capture list %}{% for t in page.tags %}{% if forloop.first %}{{ t | upcase }}{% else %}, {{ t }}{% endif %}{% endfor %}{% endcapture -%}
            {{ list | prepend: "태그: " }}
            """;
        Text(body).Should().Be("태그: A, b");
    }
}
