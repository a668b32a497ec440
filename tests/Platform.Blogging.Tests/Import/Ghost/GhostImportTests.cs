using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Blogs;
using Platform.Blogging.Import;
using Platform.Blogging.Import.Foreign;
using Platform.Blogging.Import.Ghost;
using Platform.Blogging.Posts;
using Platform.Blogging.Tests.Support;

namespace Platform.Blogging.Tests.Import.Ghost;

public sealed class GhostImportTests
{
    private const string Fixture = "ghost/export.json";
    private static readonly TimeSpan Seoul = TimeSpan.FromHours(9);

    private static GhostImporter Importer(BlogHost host) => host.Silo(0).GetRequiredService<GhostImporter>();

    [Fact]
    public async Task The_export_imports_posts_pages_tags_authors_dates_slugs_and_status()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync(timeZone: "Asia/Seoul", pattern: "/:title/");

        var report = await Importer(host).ImportAsync("demo", ForeignFixtures.Open(Fixture), new GhostImportOptions());

        report.Files.Should().HaveCount(7);
        report.Files.Should().OnlyContain(f => f.Outcome == ImportOutcome.Imported, string.Join("\n", report.Files));
        report.Files.Select(f => f.Path).Should().StartWith("ghost/65f0c1a2b3c4d5e6f7a80001");
        var blog = await host.Authoring.GetBlogAsync("demo");
        PostEntry Entry(string slug) => blog.All.Single(p => p.Slug == slug);
        async Task<PostContent> ContentAsync(string slug) => (await host.Authoring.GetPostAsync("demo", Entry(slug).Id)).Content;

        var walk = Entry("seoul-spring-walk");
        walk.Title.Should().Be("서울의 봄, 첫 산책");
        walk.Permalink.Should().Be("/seoul-spring-walk/");
        walk.Date.Should().Be(new DateTimeOffset(2024, 4, 1, 9, 30, 0, Seoul));
        walk.Date.Offset.Should().Be(Seoul);
        walk.LastModified.Should().Be(new DateTimeOffset(2024, 4, 2, 17, 15, 0, Seoul));
        walk.Status.Should().Be(PostStatus.Published);
        walk.Tags.Should().Equal("여행", "Seoul");
        walk.Image.Should().Be("/content/images/2024/04/cover.jpg");
        walk.Description.Should().Be("서울의 봄 산책 기록");
        var walkContent = await ContentAsync("seoul-spring-walk");
        walkContent.Source.Should().Contain("author: \"김하늘\"").And.Contain("authors: [\"김하늘\", \"Jo Bloggs\"]").And.Contain("featured: true");
        walkContent.Html.Should().Contain("<strong>봄</strong>이 왔다")
            .And.Contain("경복궁에서</h2>")
            .And.Contain("<strong>활짝</strong>")
            .And.Contain("<img src=\"/content/images/2024/04/gate.jpg\" alt=\"광화문\">")
            .And.Contain("<li>점심은 국수<br>*곱빼기*</li>")
            .And.Contain("<p># 제목이 아닌 줄</p>");
        report.Files[0].Reason.Should().Contain("#hero").And.Contain("/content/");

        var lexical = await ContentAsync("notes-on-lexical");
        lexical.Html.Should().Contain("<h2 id=\"why\">Why</h2>")
            .And.Contain("<pre><code class=\"language-csharp\">var a = 1;\n\nvar b = 2;</code></pre>")
            .And.Contain("<div class=\"note\">A <b>note</b> card</div>")
            .And.NotContain("iframe");
        Entry("notes-on-lexical").Tags.Should().Equal("Ghost");
        report.Files.Single(f => f.Path.EndsWith("0002", StringComparison.Ordinal)).Reason.Should().Contain("iframe");

        var lexicalOnly = await ContentAsync("lexical-only");
        lexicalOnly.Html.Should().Contain("<strong>굵게</strong>")
            .And.Contain("<em>링크</em></a><br>&lt;script&gt;는 글자일 뿐")
            .And.Contain("<h3>목록</h3>")
            .And.Contain("<code>둘</code>")
            .And.Contain("<pre><code class=\"language-python\">print('안녕')\n\nprint(1 &lt; 2)</code></pre>")
            .And.Contain("<strong>카드</strong>");
        Entry("lexical-only").Image.Should().Be("https://images.example.org/lexical.png");
        report.Files.Single(f => f.Path.EndsWith("0003", StringComparison.Ordinal)).Reason.Should().Contain("callout");

        var scheduled = Entry("next-week");
        scheduled.Status.Should().Be(PostStatus.Scheduled);
        scheduled.Date.Should().Be(new DateTimeOffset(2026, 6, 1, 10, 0, 0, Seoul));
        blog.Published.Should().NotContain(p => p.Slug == "next-week");

        var draft = Entry("work-in-progress");
        draft.Status.Should().Be(PostStatus.Draft);
        draft.Date.Should().Be(new DateTimeOffset(2025, 1, 5, 19, 0, 0, Seoul));

        var page = Entry("about");
        page.Title.Should().Be("소개");
        page.Tags.Should().Equal(GhostPostConverter.PageTag);
        page.Status.Should().Be(PostStatus.Published);
        (await ContentAsync("about")).Source.Should().Contain("\npage: true\n");

        Entry("members-only").Status.Should().Be(PostStatus.Draft);
        report.Files.Single(f => f.Path.EndsWith("0007", StringComparison.Ordinal)).Reason.Should().Contain("'paid'");
    }

    [Fact]
    public async Task Importing_again_skips_unchanged_posts_updates_changed_ones_and_never_duplicates()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync(timeZone: "Asia/Seoul");
        var importer = Importer(host);
        await importer.ImportAsync("demo", ForeignFixtures.Open(Fixture), new GhostImportOptions());
        var before = (await host.Authoring.GetBlogAsync("demo")).All.ToDictionary(p => p.Slug, p => p.Id);

        var again = await importer.ImportAsync("demo", ForeignFixtures.Open(Fixture), new GhostImportOptions());

        again.Files.Should().OnlyContain(f => f.Outcome == ImportOutcome.Skipped && f.Reason == "Unchanged since the last import.");
        var changed = JsonNode.Parse(ForeignFixtures.Bytes(Fixture))!;
        changed["db"]![0]!["data"]!["posts"]![0]!["title"] = "서울의 봄, 다시 쓴 산책";
        var third = await importer.ImportAsync("demo", new MemoryStream(Encoding.UTF8.GetBytes(changed.ToJsonString())), new GhostImportOptions());

        third.Count(ImportOutcome.Updated).Should().Be(1);
        third.Count(ImportOutcome.Skipped).Should().Be(6);
        var after = (await host.Authoring.GetBlogAsync("demo")).All;
        after.Should().HaveCount(7);
        after.ToDictionary(p => p.Slug, p => p.Id).Should().Equal(before);
        after.Single(p => p.Slug == "seoul-spring-walk").Title.Should().Be("서울의 봄, 다시 쓴 산책");
    }

    [Fact]
    public async Task The_old_site_address_replaces_Ghosts_placeholder_when_given()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();

        var report = await Importer(host).ImportAsync("demo", ForeignFixtures.Open(Fixture), new GhostImportOptions { SiteUrl = new Uri("https://old.example.com/") });

        var walk = (await host.Authoring.GetBlogAsync("demo")).All.Single(p => p.Slug == "seoul-spring-walk");
        walk.Image.Should().Be("https://old.example.com/content/images/2024/04/cover.jpg");
        (await host.Authoring.GetPostAsync("demo", walk.Id)).Content.Html.Should().Contain("src=\"https://old.example.com/content/images/2024/04/gate.jpg\"");
        report.Files[0].Reason.Should().NotContain("/content/");
    }

    [Fact]
    public async Task Invalid_JSON_is_refused_with_its_line_and_nothing_is_imported()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();

        var act = () => Importer(host).ImportAsync("demo", ForeignFixtures.Open("ghost/invalid.json"), new GhostImportOptions());

        (await act.Should().ThrowAsync<ImportFormatException>()).Which.Line.Should().Be(8);
        (await host.Authoring.GetBlogAsync("demo")).All.Should().BeEmpty("the sound first post was not imported either");
    }

    [Fact]
    public async Task A_broken_or_repeated_post_fails_alone_with_its_reason()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        const string json = """
            {"db":[{"meta":{"version":"5.0.0"},"data":{"posts":[
              {"id":"a1","title":"Good","slug":"good","html":"<p>ok</p>","status":"published","published_at":"2024-01-01T00:00:00.000Z"},
              {"id":"a2","title":"Bad date","slug":"bad","html":"<p>x</p>","status":"published","published_at":"someday"},
              {"id":"a1","title":"Twin","slug":"twin","html":"<p>x</p>","status":"published"},
              {"id":"a3","title":"Same slug","slug":"good","html":"<p>x</p>","status":"published","published_at":"2024-01-02T00:00:00.000Z"},
              {"title":"No id","html":"<p>x</p>"},
              {"id":"a4","title":"Unreadable","mobiledoc":"{not json","status":"published"}]}}]}
            """;

        var report = await Importer(host).ImportAsync("demo", new MemoryStream(Encoding.UTF8.GetBytes(json)), new GhostImportOptions());

        report.Files.Select(f => (f.Path, f.Outcome)).Should().Equal(
            ("ghost/a1", ImportOutcome.Imported),
            ("ghost/a2", ImportOutcome.Failed),
            ("ghost/a1", ImportOutcome.Failed),
            ("ghost/a3", ImportOutcome.Failed),
            ("ghost/#5", ImportOutcome.Failed),
            ("ghost/a4", ImportOutcome.Failed));
        report.Files[1].Reason.Should().Contain("'Bad date'").And.Contain("published_at");
        report.Files[2].Reason.Should().Contain("twice");
        report.Files[3].Reason.Should().Contain("good");
        report.Files[5].Reason.Should().Contain("mobiledoc");
        (await host.Authoring.GetBlogAsync("demo")).All.Should().ContainSingle().Which.Title.Should().Be("Good");
    }

    [Fact]
    public async Task A_site_address_that_is_not_http_is_refused()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();

        var act = () => Importer(host).ReadAsync("demo", ForeignFixtures.Open(Fixture), new GhostImportOptions { SiteUrl = new Uri("file:///etc/") });

        (await act.Should().ThrowAsync<Platform.Blogging.Errors.InvalidInputException>()).Which.Field.Should().Be("siteUrl");
    }
}
