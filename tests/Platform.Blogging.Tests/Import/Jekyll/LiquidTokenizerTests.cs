using Platform.Blogging.Import.Jekyll;

namespace Platform.Blogging.Tests.Import.Jekyll;

public sealed class LiquidTokenizerTests
{
    private static IReadOnlyList<(LiquidTokenKind Kind, string Text)> Tokens(string template) =>
        [.. LiquidTokenizer.Tokenize(template).Tokens.Select(t => (t.Kind, t.Kind == LiquidTokenKind.Text ? t.Source : t.Markup))];

    [Fact]
    public void Text_outputs_and_tags_are_split_with_their_markup_trimmed()
    {
        Tokens("a {{ site.url }} b {% post_url 2010-07-21-name %} c").Should().Equal(
            (LiquidTokenKind.Text, "a "),
            (LiquidTokenKind.Output, "site.url"),
            (LiquidTokenKind.Text, " b "),
            (LiquidTokenKind.Tag, "post_url 2010-07-21-name"),
            (LiquidTokenKind.Text, " c"));
    }

    [Fact]
    public void A_tag_has_a_name_and_arguments()
    {
        var tag = LiquidTokenizer.Tokenize("{%   highlight   ruby linenos  %}").Tokens.Single();
        tag.Name.Should().Be("highlight");
        tag.Arguments.Should().Be("ruby linenos");
        tag.Source.Should().Be("{%   highlight   ruby linenos  %}");
    }

    [Fact]
    public void Dashes_remove_all_whitespace_on_their_side_newlines_included()
    {
        Tokens("a  \n\t{%- tag -%}\n\n  b").Should().Equal((LiquidTokenKind.Text, "a"), (LiquidTokenKind.Tag, "tag"), (LiquidTokenKind.Text, "b"));
        Tokens("x \n{{- page.title }} \n").Should().Equal((LiquidTokenKind.Text, "x"), (LiquidTokenKind.Output, "page.title"), (LiquidTokenKind.Text, " \n"));
        Tokens("x {{ page.title -}} \n y").Should().Equal((LiquidTokenKind.Text, "x "), (LiquidTokenKind.Output, "page.title"), (LiquidTokenKind.Text, "y"));
    }

    [Fact]
    public void Whitespace_control_across_adjacent_tags_with_only_whitespace_between_leaves_nothing_between()
    {
        Tokens("{% a -%}   \n   {%- b %}").Should().Equal((LiquidTokenKind.Tag, "a"), (LiquidTokenKind.Tag, "b"));
    }

    [Fact]
    public void A_dash_inside_the_markup_is_not_whitespace_control()
    {
        Tokens("a {{ page.my-key }} b").Should().Equal((LiquidTokenKind.Text, "a "), (LiquidTokenKind.Output, "page.my-key"), (LiquidTokenKind.Text, " b"));
    }

    [Fact]
    public void Raw_content_is_one_literal_text_token_even_with_liquid_and_dashes_inside()
    {
        Tokens("a {% raw %}{{ x }} {%- if -%}{% endraw %} b").Should().Equal(
            (LiquidTokenKind.Text, "a "),
            (LiquidTokenKind.Text, "{{ x }} {%- if -%}"),
            (LiquidTokenKind.Text, " b"));
    }

    [Fact]
    public void Whitespace_control_on_raw_trims_only_outside_the_block()
    {
        Tokens("a \n{%- raw -%}  {{ x }}  {%- endraw -%}\n b").Should().Equal(
            (LiquidTokenKind.Text, "a"),
            (LiquidTokenKind.Text, "  {{ x }}  "),
            (LiquidTokenKind.Text, "b"));
    }

    [Fact]
    public void A_delimiter_left_open_is_text_and_a_problem_with_its_line()
    {
        var template = LiquidTokenizer.Tokenize("line one\nline {{ two\nthree");
        template.Tokens.Should().ContainSingle().Which.Source.Should().Be("line one\nline {{ two\nthree");
        template.Problems.Should().ContainSingle().Which.Line.Should().Be(2);

        var tag = LiquidTokenizer.Tokenize("x {% if");
        tag.Problems.Should().ContainSingle().Which.Message.Should().Contain("%}");
    }

    [Fact]
    public void A_raw_never_closed_keeps_the_rest_as_text_and_is_a_problem()
    {
        var template = LiquidTokenizer.Tokenize("a\n{% raw %}{{ b }}");
        template.Tokens.Select(t => t.Source).Should().Equal("a\n", "{{ b }}");
        template.Problems.Should().ContainSingle().Which.Line.Should().Be(2);
    }

    [Fact]
    public void An_output_ends_at_the_first_closing_braces_as_in_liquid_even_inside_quotes()
    {
        Tokens("{{ \"}}\" }}").Should().Equal((LiquidTokenKind.Output, "\""), (LiquidTokenKind.Text, "\" }}"));
    }

    [Fact]
    public void Lines_are_counted_from_one_for_every_token()
    {
        LiquidTokenizer.Tokenize("a\nb\n{{ c }}\n{% d %}").Tokens.Where(t => t.Kind != LiquidTokenKind.Text).Select(t => t.Line).Should().Equal(3, 4);
    }

    [Fact]
    public void Text_without_liquid_and_lone_braces_are_one_text_token()
    {
        Tokens("a { b } % c }}").Should().Equal((LiquidTokenKind.Text, "a { b } % c }}"));
        Tokens("").Should().BeEmpty();
    }
}
