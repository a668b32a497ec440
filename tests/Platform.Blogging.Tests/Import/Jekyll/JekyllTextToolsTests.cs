using Platform.Blogging.Blogs;
using Platform.Blogging.Content;
using Platform.Blogging.Import.Jekyll;
using YamlDotNet.RepresentationModel;

namespace Platform.Blogging.Tests.Import.Jekyll;

public sealed class JekyllTextToolsTests
{
    [Fact]
    public void Set_keys_replaces_whole_entries_adds_new_ones_and_leaves_the_rest_byte_for_byte()
    {
        const string file = "---\ntitle: T # comment\ntags:\n- a\n- b\nlayout: x\n---\nBody {{ x }}\n";
        var result = FrontMatterText.SetKeys(file, [
            new("tags", new YamlSequenceNode(new YamlScalarNode("c"))),
            new("author", FrontMatterText.Quoted("민지")),
        ]);
        result.Should().Be("---\ntitle: T # comment\ntags:\n- c\nlayout: x\nauthor: \"민지\"\n---\nBody {{ x }}\n");
        FrontMatterParser.Parse(result, TimeZoneInfo.Utc).FrontMatter.Tags.Should().Equal("c");
    }

    [Fact]
    public void Set_keys_on_a_file_without_front_matter_adds_one_and_keeps_crlf()
    {
        FrontMatterText.SetKeys("Body\r\n", [new("layout", new YamlScalarNode("post"))]).Should().Be("---\r\nlayout: post\r\n---\r\nBody\r\n");
    }

    [Fact]
    public void Links_to_the_old_site_point_at_the_new_blog_and_posts_at_their_new_permalinks()
    {
        var rewriter = new JekyllLinkRewriter(new Uri("https://minji.github.io"), "/notes", "https://new.example", "/@n",
            old => old == "/2024/02/10/first.html" ? "/2024/02/10/첫-글" : null);
        var (text, count) = rewriter.Rewrite(
            "[a](https://minji.github.io/notes/2024/02/10/first.html#top) http://minji.github.io/notes/about/. "
            + "<https://minji.github.io/notes> https://minji.github.io/other https://minji.github.io.evil/notes/x "
            + "`https://minji.github.io/notes/in-code`");
        text.Should().Be(
            "[a](https://new.example/@n/2024/02/10/%EC%B2%AB-%EA%B8%80#top) https://new.example/@n/about/. "
            + "<https://new.example/@n/> https://minji.github.io/other https://minji.github.io.evil/notes/x "
            + "`https://minji.github.io/notes/in-code`");
        count.Should().Be(3);
    }

    [Fact]
    public void Without_a_new_address_links_become_root_relative()
    {
        var rewriter = new JekyllLinkRewriter(new Uri("https://old.example"), "", "", "", _ => null);
        rewriter.Rewrite("see https://old.example/a/b?x=1 and //old.example/c").Text.Should().Be("see /a/b?x=1 and /c");
    }

    [Theory]
    [InlineData("/old/path/", "/old/path/")]
    [InlineData("old/path", "/old/path")]
    [InlineData("https://old.example/%EC%84%9C%EC%9A%B8/?q=1", "/서울/")]
    [InlineData("/a/../b", null)]
    [InlineData("/tags/x", null)]
    [InlineData("/", null)]
    [InlineData("javascript://x", null)]
    [InlineData("", null)]
    public void Redirect_from_paths_are_normalised_or_left_out(string item, string? path)
    {
        RedirectFrom.Normalise(item).Should().Be(path);
    }

    [Fact]
    public void Redirect_from_reads_a_string_or_a_list_and_keeps_at_most_fifty()
    {
        RedirectFrom.Read(new FrontMatter { Extra = new Dictionary<string, object?> { ["redirect_from"] = "/one/" } }).Should().Equal("/one/");
        var many = Enumerable.Range(0, 60).Select(i => (object?)$"/p{i}/").ToArray();
        RedirectFrom.Read(new FrontMatter { Extra = new Dictionary<string, object?> { ["redirect_from"] = many } }).Should().HaveCount(RedirectFrom.MaxCount);
        RedirectFrom.Read(new FrontMatter { Extra = new Dictionary<string, object?> { ["redirect_from"] = 5L } }).Should().BeEmpty();
    }

    [Fact]
    public void Code_regions_are_fences_and_spans()
    {
        const string text = "a `b` c\n\n```js\nx\n```\nd ``e ` f`` g\n~~~\nnever closed";
        var regions = MarkdownCodeRegions.Find(text);
        regions.Contains(text.IndexOf('b', StringComparison.Ordinal)).Should().BeTrue();
        regions.Contains(text.IndexOf('c', StringComparison.Ordinal)).Should().BeFalse();
        regions.Contains(text.IndexOf('x', StringComparison.Ordinal)).Should().BeTrue();
        regions.Contains(text.IndexOf('e', StringComparison.Ordinal)).Should().BeTrue();
        regions.Contains(text.IndexOf('g', StringComparison.Ordinal)).Should().BeFalse();
        regions.Contains(text.IndexOf("never", StringComparison.Ordinal)).Should().BeTrue();
    }
}
