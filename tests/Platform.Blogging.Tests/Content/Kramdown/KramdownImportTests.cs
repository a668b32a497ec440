using Platform.Blogging.Content;
using Platform.Blogging.Import;
using Platform.Blogging.Tests.Support;

namespace Platform.Blogging.Tests.Content.Kramdown;

public sealed class KramdownImportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("jekyll-kramdown-").FullName;

    [Theory]
    [InlineData("---\ntitle: A\n---\nBody\n", "---\ntitle: A\nmarkdown: kramdown\n---\nBody\n")]
    [InlineData("---\r\ntitle: A\r\n---\r\nBody\r\n", "---\r\ntitle: A\r\nmarkdown: kramdown\r\n---\r\nBody\r\n")]
    [InlineData("Body only\n", "---\nmarkdown: kramdown\n---\nBody only\n")]
    [InlineData("---\n---\nEmpty front matter\n", "---\nmarkdown: kramdown\n---\nEmpty front matter\n")]
    [InlineData("---\nmarkdown: commonmark\n---\nKept\n", "---\nmarkdown: commonmark\n---\nKept\n")]
    [InlineData("---\ntitle: [broken\n---\nLeft for the import to report\n", "---\ntitle: [broken\n---\nLeft for the import to report\n")]
    public void Imported_files_record_kramdown_unless_they_name_a_dialect(string file, string expected)
    {
        JekyllDialect.Record(file).Should().Be(expected);
    }

    [Fact]
    public async Task A_jekyll_post_imports_in_the_kramdown_dialect_and_a_second_import_skips_it()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        string file = "---\ntitle: 읽을거리\n---\n<img src=\"/images/x.png\" width=\"450\"/>\n- [https://example.com/a](https://example.com/a)\n";
        Directory.CreateDirectory(Path.Combine(_folder, "_posts"));
        await File.WriteAllTextAsync(Path.Combine(_folder, "_posts", "2024-03-10-reading.md"), file);

        var report = await host.Importer.ImportFolderAsync("demo", _folder);
        var again = await host.Importer.ImportFolderAsync("demo", _folder);

        report.Count(ImportOutcome.Imported).Should().Be(1);
        again.Count(ImportOutcome.Skipped).Should().Be(1);
        var post = await host.Authoring.GetPostAsync("demo", report.Files.Single().PostId!);
        post.Content.Source.Should().Contain("markdown: kramdown");
        post.Content.Html.Should().Contain("<ul>").And.Contain("<a href=\"https://example.com/a\" rel=\"noopener\">");
    }

    [Fact]
    public async Task Posts_saved_through_the_api_stay_commonmark_unless_the_blog_or_the_post_asks()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        const string body = "<img src=\"/a.png\">\n- item\n";

        var plain = await host.Authoring.CreatePostAsync("demo", new Platform.Blogging.Authoring.PostSource("---\ntitle: A\n---\n" + body));
        var asked = await host.Authoring.CreatePostAsync("demo", new Platform.Blogging.Authoring.PostSource("---\ntitle: B\nmarkdown: kramdown\n---\n" + body));
        await host.Authoring.UpdateBlogAsync("demo", new Platform.Blogging.Blogs.BlogSettingsUpdate { MarkdownDialect = MarkdownDialect.Kramdown });
        var byBlog = await host.Authoring.CreatePostAsync("demo", new Platform.Blogging.Authoring.PostSource("---\ntitle: C\n---\n" + body));

        (await Html(host, plain.Entry.Id)).Should().NotContain("<ul>");
        (await Html(host, asked.Entry.Id)).Should().Contain("<ul>");
        (await Html(host, byBlog.Entry.Id)).Should().Contain("<ul>");
        (await host.Authoring.GetSettingsAsync("demo")).MarkdownDialect.Should().Be(MarkdownDialect.Kramdown);
    }

    private static async Task<string> Html(BlogHost host, string id) => (await host.Authoring.GetPostAsync("demo", id)).Content.Html;

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
