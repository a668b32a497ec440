using Platform.Blogging.Content;
using Platform.Blogging.Import.Ghost;

namespace Platform.Blogging.Tests.Import.Ghost;

public sealed class MobiledocConverterTests
{
    private const string Empty = """{"version":"0.3.1","atoms":[],"markups":[],"cards":[],"sections":[]}""";

    [Fact]
    public void Markdown_cards_are_kept_verbatim_and_sections_become_escaped_Markdown()
    {
        const string mobiledoc = """
            {"version":"0.3.1","atoms":[["soft-return","",{}]],"markups":[["a",["href","https://example.org/?a=1&b=\"2\""]],["em"],["code"]],
             "cards":[["markdown",{"markdown":"## 카드\n\n*그대로*"}],["hr",{}],["code",{"code":"x = 1\n\ny = 2","language":"python"}]],
             "sections":[
               [1,"h2",[[0,[],0,"소제목 #1"]]],
               [1,"p",[[0,[],0,"*별* "],[0,[0,1],2,"링크"],[0,[],0," 와 "],[0,[2],1,"<code>"],[1,[],0,0],[0,[],0,"다음 줄"]]],
               [10,0],[10,1],[10,2],
               [1,"blockquote",[[0,[],0,"인용"]]],
               [3,"ul",[[[0,[],0,"- 하나"]],[[0,[],0,"둘"]]]],
               [1,"p",[]]]}
            """;

        var result = MobiledocConverter.Convert(mobiledoc)!;

        result.UnsupportedCards.Should().BeEmpty();
        result.Markdown.Should().Be(
            "## 소제목 #1\n\n"
            + "\\*별\\* <a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\"><em>링크</em></a> 와 <code>\\<code\\></code><br>다음 줄\n\n"
            + "## 카드\n\n*그대로*\n\n"
            + "---\n\n"
            + "```python\nx = 1\n\ny = 2\n```\n\n"
            + "> 인용\n\n"
            + "- \\- 하나\n- 둘\n");
        var html = MarkdownRenderer.ToHtml(result.Markdown);
        html.Should().Contain("<p>*별* <a href=").And.Contain("<em>링크</em></a> 와 <code>&lt;code&gt;</code><br>다음 줄</p>")
            .And.Contain("<em>그대로</em>")
            .And.Contain("<li>- 하나</li>");
    }

    [Fact]
    public void Image_html_embed_and_bookmark_cards_become_HTML_blocks()
    {
        const string mobiledoc = """
            {"version":"0.3.1","atoms":[],"markups":[],"sections":[[10,0],[10,1],[10,2],[10,3]],
             "cards":[["image",{"src":"/content/images/a.jpg","alt":"A","caption":"<i>cap</i>"}],
                      ["html",{"html":"<div class=\"x\">\n\n<p>raw</p>\n</div>"}],
                      ["embed",{"url":"https://video.example/v","html":"<iframe src=\"https://video.example/e\"></iframe>"}],
                      ["bookmark",{"url":"https://example.org/b","metadata":{"title":"Bee"}}]]}
            """;

        var result = MobiledocConverter.Convert(mobiledoc)!;

        result.UnsupportedCards.Should().BeEmpty();
        result.CardHtml.Should().Contain("<iframe");
        var html = MarkdownRenderer.ToHtml(result.Markdown);
        html.Should().Contain("<figure><img src=\"/content/images/a.jpg\" alt=\"A\"><figcaption><i>cap</i></figcaption></figure>")
            .And.Contain("<p>raw</p>")
            .And.Contain(">https://video.example/v</a>")
            .And.Contain(">Bee</a>")
            .And.NotContain("iframe");
    }

    [Fact]
    public void Cards_without_a_Markdown_form_are_named()
    {
        const string mobiledoc = """{"version":"0.3.1","atoms":[],"markups":[],"cards":[["gallery",{}],["callout",{}],["gallery",{}]],"sections":[[10,0],[10,1],[10,2]]}""";
        MobiledocConverter.Convert(mobiledoc)!.UnsupportedCards.Should().Equal("gallery", "callout", "gallery");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"sections":[[10,5]],"cards":[]}""")]
    [InlineData("""{"sections":[[1,"p",[[0,[7],1,"x"]]]],"markups":[]}""")]
    public void Unreadable_documents_give_null(string mobiledoc) => MobiledocConverter.Convert(mobiledoc).Should().BeNull();

    [Fact]
    public void An_empty_document_is_an_empty_body() => MobiledocConverter.Convert(Empty)!.Markdown.Should().BeEmpty();
}
