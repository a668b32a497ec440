using Platform.Blogging.Import.Ghost;

namespace Platform.Blogging.Tests.Import.Ghost;

public sealed class LexicalRendererTests
{
    [Fact]
    public void Paragraphs_formats_links_lists_and_cards_render_to_HTML()
    {
        const string lexical = """
            {"root":{"type":"root","children":[
              {"type":"paragraph","children":[{"type":"text","text":"a<b","format":3},{"type":"linebreak"},{"type":"link","url":"https://x.example/?q=\"1\"","children":[{"type":"text","text":"l","format":0}]}]},
              {"type":"extended-heading","tag":"h4","children":[{"type":"extended-text","text":"H","format":0}]},
              {"type":"list","listType":"number","children":[{"type":"listitem","children":[{"type":"text","text":"one","format":16}]}]},
              {"type":"codeblock","language":"js","code":"if (a < b) {}"},
              {"type":"markdown","markdown":"**md**"},
              {"type":"html","html":"<aside>raw</aside>"},
              {"type":"horizontalrule"},
              {"type":"toggle","children":[{"type":"text","text":"kept text","format":0}]}]}}
            """;

        var result = LexicalRenderer.Render(lexical)!;

        result.Html.Should().Be(
            "<p><strong><em>a&lt;b</em></strong><br><a href=\"https://x.example/?q=&quot;1&quot;\">l</a></p>\n"
            + "<h4>H</h4>\n"
            + "<ol>\n<li><code>one</code></li>\n</ol>\n"
            + "<pre><code class=\"language-js\">if (a &lt; b) {}</code></pre>\n"
            + "<p><strong>md</strong></p>\n\n"
            + "<aside>raw</aside>\n"
            + "<hr>\n"
            + "<p>kept text</p>\n");
        result.Unsupported.Should().Equal("toggle");
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{}")]
    [InlineData("""{"root":[]}""")]
    public void Unreadable_documents_give_null(string lexical) => LexicalRenderer.Render(lexical).Should().BeNull();
}
