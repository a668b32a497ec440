using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Blogging.Blogs;
using Platform.Blogging.Import;
using Platform.Blogging.Import.Foreign;
using Platform.Blogging.Import.WordPress;
using Platform.Blogging.Posts;
using Platform.Blogging.Tests.Support;

namespace Platform.Blogging.Tests.Import.WordPress;

public sealed class WordPressImportTests
{
    private const string Fixture = "wordpress/export.xml";
    private const string Site = "wordpress/blog.example.com/";
    private static readonly TimeSpan Seoul = TimeSpan.FromHours(9);

    private static WordPressImporter Importer(BlogHost host) => host.Silo(0).GetRequiredService<WordPressImporter>();

    [Fact]
    public async Task The_export_imports_posts_pages_categories_tags_dates_slugs_and_status()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync(timeZone: "Asia/Seoul");

        var report = await Importer(host).ImportAsync("demo", ForeignFixtures.Open(Fixture), new WordPressImportOptions());

        report.Posts.Files.Select(f => (f.Path, f.Outcome)).Should().Equal(
            (Site + "101", ImportOutcome.Imported),
            (Site + "102", ImportOutcome.Imported),
            (Site + "103", ImportOutcome.Imported),
            (Site + "104", ImportOutcome.Imported),
            (Site + "105", ImportOutcome.Imported),
            (Site + "106", ImportOutcome.Skipped),
            (Site + "107", ImportOutcome.Skipped));
        report.Posts.Files[5].Reason.Should().Contain("nav_menu_item");
        report.Posts.Files[6].Reason.Should().Contain("trash");
        var blog = await host.Authoring.GetBlogAsync("demo");
        blog.All.Should().HaveCount(5);
        PostEntry Entry(string title) => blog.All.Single(p => p.Title == title);
        async Task<PostContent> ContentAsync(string title) => (await host.Authoring.GetPostAsync("demo", Entry(title).Id)).Content;

        var busan = Entry("부산 여행 첫날");
        busan.Slug.Should().Be("부산-여행");
        busan.Permalink.Should().Be("/2024/03/01/부산-여행/", "the old address is kept");
        busan.Date.Should().Be(new DateTimeOffset(2024, 3, 1, 9, 30, 0, Seoul));
        busan.Date.Offset.Should().Be(Seoul);
        busan.LastModified.Should().Be(new DateTimeOffset(2024, 3, 2, 21, 0, 0, Seoul));
        busan.Status.Should().Be(PostStatus.Published);
        busan.Categories.Should().Equal("여행", "아시아", "한국");
        busan.Tags.Should().Equal("바다", "Busan", "음식 & 맛집");
        busan.Image.Should().Be("https://blog.example.com/wp-content/uploads/2024/03/haeundae.jpg");
        busan.Description.Should().Be("부산에서 보낸 첫날");
        busan.Excerpt.Should().StartWith("해운대에 도착했다. 파도가 높았다.").And.NotContain("회");
        var busanContent = await ContentAsync("부산 여행 첫날");
        busanContent.Html.Should().Contain("<p>해운대에 도착했다.<br>\n파도가 높았다.</p>")
            .And.Contain("<figure><img class=\"size-large wp-image-201\" src=\"https://blog.example.com/wp-content/uploads/2024/03/haeundae.jpg\" alt=\"해운대\" width=\"640\" height=\"480\"><figcaption>해운대의 아침</figcaption></figure>")
            .And.Contain("<p>저녁에는 *회*를 먹었다. 1 &lt; 2 &amp; 3 &gt; 2.</p>")
            .And.Contain("<pre>첫 줄\n\n셋째 줄</pre>")
            .And.Contain("[gallery ids=\"201,202\"]");
        busanContent.Source.Should().Contain("author: \"이민지\"").And.Contain("sticky: true");
        report.Posts.Files[0].Reason.Should().Contain("음식 & 맛집").And.Contain("1 comment(s)").And.Contain("[gallery]");

        var jeju = Entry("Coming soon: Jeju in December");
        jeju.Status.Should().Be(PostStatus.Scheduled);
        jeju.Date.Should().Be(new DateTimeOffset(2026, 12, 24, 10, 0, 0, Seoul));
        jeju.Permalink.Should().Be("/여행/2026/12/24/coming-soon-jeju/", "a ?p= address is not a path: the blog's pattern applies");
        jeju.Tags.Should().Equal("Jeju");
        var jejuContent = await ContentAsync("Coming soon: Jeju in December");
        jejuContent.Html.Should().Contain("<p>Jeju in <strong>December</strong>, with *stars* kept as typed.</p>")
            .And.Contain("<pre class=\"wp-block-code\"><code>line one\n\nline three</code></pre>")
            .And.NotContain("form").And.NotContain("wp:paragraph");
        jejuContent.Source.Should().Contain("author: \"Guest Writer\"").And.NotContain("<!-- wp:");
        report.Posts.Files[1].Reason.Should().Contain("form");

        var draft = Entry("임시 글");
        draft.Status.Should().Be(PostStatus.Draft);
        draft.Date.Should().Be(new DateTimeOffset(2025, 2, 1, 14, 0, 0, Seoul));
        draft.Categories.Should().BeEmpty("WordPress's uncategorized means no category");

        Entry("비공개 메모").Status.Should().Be(PostStatus.Draft);
        report.Posts.Files[3].Reason.Should().StartWith("Private in WordPress");

        var about = Entry("소개");
        about.Permalink.Should().Be("/about/");
        about.Tags.Should().Equal(WordPressPostConverter.PageTag);
        (await ContentAsync("소개")).Source.Should().Contain("\npage: true\n");

        report.Attachments.Select(a => (a.PostId, a.Outcome)).Should().Equal(
            ("201", AttachmentOutcome.Allowed), ("202", AttachmentOutcome.Refused), ("203", AttachmentOutcome.Refused));
        report.Attachments[0].Reason.Should().Contain("not asked");
        report.Attachments[1].Reason.Should().Contain("cdn.elsewhere.example");
        report.Attachments[2].Reason.Should().Contain("169.254.169.254");
    }

    [Fact]
    public async Task Importing_again_skips_unchanged_posts_updates_changed_ones_and_never_duplicates()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync(timeZone: "Asia/Seoul");
        var importer = Importer(host);
        await importer.ImportAsync("demo", ForeignFixtures.Open(Fixture), new WordPressImportOptions());
        var before = (await host.Authoring.GetBlogAsync("demo")).All.ToDictionary(p => p.Title, p => p.Id);

        var again = await importer.ImportAsync("demo", ForeignFixtures.Open(Fixture), new WordPressImportOptions());

        again.Posts.Count(ImportOutcome.Skipped).Should().Be(7);
        again.Posts.Files.Take(5).Should().OnlyContain(f => f.Reason == "Unchanged since the last import.");
        var changed = Encoding.UTF8.GetString(ForeignFixtures.Bytes(Fixture)).Replace("아직 쓰는 중.", "거의 다 썼다.", StringComparison.Ordinal);
        var third = await importer.ImportAsync("demo", new MemoryStream(Encoding.UTF8.GetBytes(changed)), new WordPressImportOptions());

        third.Posts.Files.Single(f => f.Outcome == ImportOutcome.Updated).Path.Should().Be(Site + "103");
        var after = (await host.Authoring.GetBlogAsync("demo")).All;
        after.Should().HaveCount(5);
        after.ToDictionary(p => p.Title, p => p.Id).Should().Equal(before);
    }

    [Fact]
    public async Task Attachments_are_handed_to_the_downloader_only_when_asked_and_only_from_the_exports_own_hosts()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var downloader = new RecordingDownloader();
        var importer = new WordPressImporter(
            host.Authoring, host.Silo(0).GetRequiredService<SourceImporter>(), downloader, new AttachmentDownloadPolicy(), NullLogger<WordPressImporter>.Instance);

        var unasked = await importer.ImportAsync("demo", ForeignFixtures.Open(Fixture), new WordPressImportOptions());
        downloader.Urls.Should().BeEmpty();

        var asked = await importer.ImportAsync("demo", ForeignFixtures.Open(Fixture), new WordPressImportOptions { DownloadAttachments = true });

        downloader.Urls.Should().Equal("https://blog.example.com/wp-content/uploads/2024/03/haeundae.jpg");
        asked.Attachments.Select(a => a.Outcome).Should().Equal(AttachmentOutcome.Downloaded, AttachmentOutcome.Refused, AttachmentOutcome.Refused);
        unasked.Count(AttachmentOutcome.Refused).Should().Be(2);
    }

    [Theory]
    [InlineData("wordpress/xxe.xml", "DOCTYPE", 3)]
    [InlineData("wordpress/invalid.xml", "not well-formed", 16)]
    public async Task A_refused_file_imports_nothing(string fixture, string reason, int line)
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();

        var act = () => Importer(host).ImportAsync("demo", ForeignFixtures.Open(fixture), new WordPressImportOptions());

        var error = (await act.Should().ThrowAsync<ImportFormatException>()).Which;
        error.Message.Should().Contain(reason);
        error.Line.Should().Be(line);
        (await host.Authoring.GetBlogAsync("demo")).All.Should().BeEmpty();
    }

    private sealed class RecordingDownloader : IAttachmentDownloader
    {
        public List<string> Urls { get; } = [];

        public Task<AttachmentResult> DownloadAsync(string blog, WordPressAttachment attachment, AttachmentHosts hosts, CancellationToken cancellationToken)
        {
            Urls.Add(attachment.Url);
            return Task.FromResult(new AttachmentResult(attachment.PostId, attachment.Url, AttachmentOutcome.Downloaded, null));
        }
    }
}
