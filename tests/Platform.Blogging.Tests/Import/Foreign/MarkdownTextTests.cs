using Platform.Blogging.Content;
using Platform.Blogging.Import.Foreign;

namespace Platform.Blogging.Tests.Import.Foreign;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("*not* _emphasis_ [link](x) <b> & ~~s~~ ==m== `c` | x ^y^ $z$", "<p>*not* _emphasis_ [link](x) &lt;b&gt; &amp; ~~s~~ ==m== `c` | x ^y^ $z$</p>")]
    [InlineData("# not a heading", "<p># not a heading</p>")]
    [InlineData("- not a list", "<p>- not a list</p>")]
    [InlineData("1. not a list", "<p>1. not a list</p>")]
    [InlineData("> not a quote", "<p>&gt; not a quote</p>")]
    [InlineData("    not code", "<p>not code</p>")]
    public void Escaped_text_renders_as_itself(string text, string html) =>
        MarkdownRenderer.ToHtml(MarkdownText.Escape(text, lineStart: true)).Trim().Should().Be(html);

    [Fact]
    public void A_fence_is_longer_than_any_backtick_run_in_the_code()
    {
        var fence = MarkdownText.Fence("a ```` b", "c# x");
        fence.Should().StartWith("`````c#x\n");
        MarkdownRenderer.ToHtml(fence).Should().Contain("a ```` b");
    }
}
