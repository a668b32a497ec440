using Platform.Blogging.Import.Jekyll;

namespace Platform.Blogging.Tests.Import.Jekyll;

/// <summary>The standard and Jekyll filters, each expected output written by hand from Liquid's and Jekyll's documentation.</summary>
public sealed class LiquidFilterTests
{
    private static readonly LiquidContext Context = new()
    {
        Site = new Dictionary<string, object?>
        {
            ["author"] = new Dictionary<string, object?> { ["name"] = "민지" },
            ["people"] = new object?[]
            {
                new Dictionary<string, object?> { ["name"] = "b", ["team"] = "x" },
                new Dictionary<string, object?> { ["name"] = "a", ["team"] = "y" },
                new Dictionary<string, object?> { ["name"] = "c", ["team"] = "x" },
            },
        },
        Page = new Dictionary<string, object?>
        {
            ["title"] = "서울의 봄",
            ["tags"] = new object?[] { "a", "b" },
            ["date"] = new DateTimeOffset(2010, 7, 21, 9, 5, 0, TimeSpan.FromHours(9)),
        },
    };

    private static string Text(string body)
    {
        var result = JekyllLiquid.Render(body, Context);
        result.Problems.Should().BeEmpty();
        return result.Text;
    }

    [Fact]
    public void Date_formats_with_strftime()
    {
        Text("{{ page.date | date: \"%Y-%m-%d\" }}").Should().Be("2010-07-21");
        Text("{{ page.date | date: \"%B %-d, %Y\" }}").Should().Be("July 21, 2010");
        Text("{{ page.date | date: \"%b %e %H:%M %p %A %j %z %y %-m/%-d %I %a %%\" }}").Should().Be("Jul 21 09:05 AM Wednesday 202 +0900 10 7/21 09 Wed %");
        Text("{{ \"2024-03-01 08:30:00 +0900\" | date: \"%-m/%-d %H시\" }}").Should().Be("3/1 08시");
        Text("{{ \"not a date\" | date: \"%Y\" }}").Should().Be("not a date");
    }

    [Fact]
    public void Jekyll_date_filters()
    {
        Text("{{ page.date | date_to_string }}").Should().Be("21 Jul 2010");
        Text("{{ page.date | date_to_long_string }}").Should().Be("21 July 2010");
        Text("{{ page.date | date_to_string: \"ordinal\", \"US\" }}").Should().Be("Jul 21st, 2010");
        Text("{{ page.date | date_to_long_string: \"ordinal\" }}").Should().Be("21st July 2010");
        Text("{{ page.date | date_to_xmlschema }}").Should().Be("2010-07-21T09:05:00+09:00");
        Text("{{ page.date | date_to_rfc822 }}").Should().Be("Wed, 21 Jul 2010 09:05:00 +0900");
    }

    [Fact]
    public void List_filters()
    {
        Text("{{ page.tags | size }} {{ page.tags | first }} {{ page.tags | last }} {{ page.tags | join: \", \" }} {{ \"abc\" | size }}").Should().Be("2 a b a, b 3");
        Text("{{ \"a,b,,c,,\" | split: \",\" | join: \"|\" }} {{ \"  x  y \" | split: \" \" | size }}").Should().Be("a|b||c 2");
        Text("{{ page.tags | reverse | join }} {{ \"b,a,b\" | split: \",\" | uniq | join }}").Should().Be("b a b a");
        Text("{{ site.people | where: \"team\", \"x\" | map: \"name\" | join: \",\" }}").Should().Be("b,c");
        Text("{{ site.people | sort: \"name\" | map: \"name\" | join }} {{ \"c,a,b\" | split: \",\" | sort | join: \"\" }}").Should().Be("a b c abc");
    }

    [Fact]
    public void String_filters()
    {
        Text("{{ \"b\" | append: \"c\" | prepend: \"a\" }} {{ \"a-b-c\" | replace: \"-\", \"+\" }} {{ \"a-b-c\" | remove: \"-\" }} {{ \"a-b-c\" | replace_first: \"-\", \"+\" }}")
            .Should().Be("abc a+b+c abc a+b-c");
        Text("{{ \"my GREAT title\" | capitalize }}").Should().Be("My great title");
        Text("{{ \"Ground control to Major Tom.\" | truncate: 20 }}").Should().Be("Ground control to...");
        Text("{{ \"Ground control to Major Tom.\" | truncatewords: 3 }}").Should().Be("Ground control to...");
        Text("{{ \"<p>Hi <b>there</b></p>\" | strip_html }} {{ \"**b**\" | markdownify }}").Should().Be("Hi there **b**");
    }

    [Fact]
    public void Slugify_in_its_modes()
    {
        Text("{{ \"Hello, 서울의 봄!\" | slugify }}").Should().Be("hello-서울의-봄");
        Text("{{ \"The _config.yml file\" | slugify }}").Should().Be("the-config-yml-file");
        Text("{{ \"The _config.yml file\" | slugify: \"pretty\" }}").Should().Be("the-_config.yml-file");
        Text("{{ \"The _cönfig.yml file\" | slugify: \"ascii\" }}").Should().Be("the-c-nfig-yml-file");
        Text("{{ \"The _cönfig.yml file\" | slugify: \"latin\" }}").Should().Be("the-config-yml-file");
    }

    [Fact]
    public void Jsonify_writes_compact_json_with_text_as_it_is()
    {
        Text("{{ page.tags | jsonify }}").Should().Be("[\"a\",\"b\"]");
        Text("{{ site.author | jsonify }}").Should().Be("{\"name\":\"민지\"}");
        Text("{{ 'say \"hi\"' | jsonify }}").Should().Be("\"say \\\"hi\\\"\"");
    }

    [Fact]
    public void Arithmetic_keeps_integers_integers()
    {
        Text("{{ 4 | plus: 2 }} {{ 10 | minus: 3 }} {{ 3 | times: 1.5 }} {{ 7 | divided_by: 2 }} {{ 7.0 | divided_by: 2 }} {{ 7 | modulo: 3 }} {{ \"5\" | plus: 1 }}")
            .Should().Be("6 7 4.5 3 3.5 1 6");
        Text("{{ 4.6 | round }} {{ 4.2 | ceil }} {{ -3 | abs }} {{ 3 | at_least: 5 }}").Should().Be("5 5 3 5");
    }

    [Fact]
    public void Dividing_by_zero_is_reported_and_kept_as_code()
    {
        var result = JekyllLiquid.Render("{{ 1 | divided_by: 0 }}", Context);
        result.Text.Should().Be("`{{ 1 | divided_by: 0 }}`");
        result.Problems.Should().ContainSingle().Which.Message.Should().Contain("divided by 0");
    }
}
