using Platform.Blogging.Content;

namespace Platform.Blogging.Tests.Content;

public class ExcerptBuilderTests
{
    [Fact]
    public void Without_marker_the_first_paragraph_is_the_excerpt_as_plain_text()
    {
        ExcerptBuilder.Build("# Title\n\nFirst *para*   with [a link](/x) and `code`.\n\nSecond para.\n")
            .Should().Be("First para with a link and code.");
    }

    [Fact]
    public void With_marker_everything_before_it_is_the_excerpt()
    {
        ExcerptBuilder.Build("Intro one.\n\n- item\n\nIntro **two**.\n\n<!--more-->\n\nHidden rest.\n")
            .Should().Be("Intro one. item Intro two.");
    }

    [Fact]
    public void Marker_inside_a_paragraph_cuts_there()
    {
        ExcerptBuilder.Build("Shown part <!--more--> hidden part.\n").Should().Be("Shown part");
    }

    [Fact]
    public void Marker_inside_code_is_ignored()
    {
        ExcerptBuilder.Build("First.\n\n```\n<!--more-->\n```\n").Should().Be("First.");
    }

    [Fact]
    public void Long_paragraph_is_capped_on_a_word_boundary_with_ellipsis()
    {
        string paragraph = string.Join(' ', Enumerable.Repeat("lorem", 100));

        string excerpt = ExcerptBuilder.Build(paragraph);

        excerpt.Should().EndWith("lorem…");
        excerpt.Length.Should().BeLessThanOrEqualTo(ExcerptBuilder.DefaultMaxLength + 1);
        excerpt.Should().Be(string.Join(' ', Enumerable.Repeat("lorem", 50)) + "…");
    }

    [Fact]
    public void Text_without_spaces_is_cut_without_splitting_surrogate_pairs()
    {
        string text = string.Concat(Enumerable.Repeat("😀", 200));

        string excerpt = ExcerptBuilder.FromFirstParagraph($"<p>{text}</p>", maxLength: 11);

        excerpt.Should().Be("😀😀😀😀😀…");
    }

    [Fact]
    public void Footnote_references_and_html_are_left_out()
    {
        ExcerptBuilder.Build("Claim[^1] made <b>boldly</b>.\n\n[^1]: Source.\n").Should().Be("Claim made boldly.");
    }

    [Fact]
    public void Post_without_paragraph_has_empty_excerpt()
    {
        ExcerptBuilder.Build("# Only a heading\n").Should().BeEmpty();
    }
}
