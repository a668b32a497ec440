using Platform.Blogging.Content;

namespace Platform.Blogging.Tests.Content.Kramdown;

/// <summary>
/// Each post of the corpus, rendered in the kramdown dialect, has the DOM of the HTML kramdown produces for it. The
/// expected HTML goes through the same sanitiser first: the platform serves nothing it has not cleaned, so kramdown's
/// <c>style</c> or <c>onclick</c> attributes and comments are compared as the sanitiser leaves them.
/// </summary>
public class KramdownCorpusTests
{
    public static TheoryData<string> Posts => [.. KramdownCorpus.Names()];

    public static TheoryData<string> PostsWithExcerpts => [.. KramdownCorpus.NamesWithExcerpts()];

    [Fact]
    public void Corpus_has_a_post_for_each_difference()
    {
        KramdownCorpus.Names().Should().Contain(
        [
            "reading-list-ko", "inline-html-lines", "ial-blocks", "ial-spans", "toc", "footnotes", "abbreviations",
            "definition-lists", "math", "markdown-attribute", "soft-breaks", "excerpt-more", "excerpt-separator",
        ]);
    }

    [Theory]
    [MemberData(nameof(Posts))]
    public void Kramdown_dialect_renders_the_post_as_kramdown_does(string name)
    {
        var post = KramdownCorpus.Render(name, MarkdownDialect.Kramdown);

        string expected = HtmlShape.Of(HtmlSanitizer.Sanitize(KramdownCorpus.ExpectedHtml(name)));
        HtmlShape.Of(post.Html).Should().Be(expected);
        post.Dialect.Should().Be(MarkdownDialect.Kramdown);
    }

    [Theory]
    [MemberData(nameof(PostsWithExcerpts))]
    public void Kramdown_dialect_takes_the_excerpt_before_the_separator(string name)
    {
        KramdownCorpus.Render(name, MarkdownDialect.Kramdown).Excerpt.Should().Be(KramdownCorpus.ExpectedExcerpt(name));
    }
}
