using Platform.Blogging.Import;
using Platform.Blogging.Import.Jekyll;
using Platform.Blogging.Tests.Support;

namespace Platform.Blogging.Tests.Import.Jekyll;

/// <summary>The fixture site (tests/Fixtures/jekyll-site) imported from its folder, as the command line does.</summary>
public sealed class JekyllSiteImportTests
{
    private static readonly string Site = ForeignFixtures.PathOf("jekyll-site");
    private static readonly TimeSpan Seoul = TimeSpan.FromHours(9);

    private static async Task<(ImportReport Report, BlogHost Host)> ImportAsync(JekyllImportOptions? options = null)
    {
        var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync();
        var report = await host.Importer.ImportFolderAsync("demo", Site, importOptions: options);
        return (report, host);
    }

    private static async Task<string> SourceAsync(BlogHost host, ImportReport report, string file)
    {
        var id = report.Files.Single(f => f.Path == file).PostId!;
        return (await host.Authoring.GetPostAsync("demo", id)).Content.Source;
    }

    [Fact]
    public async Task An_empty_blog_takes_the_config_and_posts_get_its_permalinks_dates_and_defaults()
    {
        var (report, host) = await ImportAsync();
        await using var owned = host;

        var settings = await host.Authoring.GetSettingsAsync("demo");
        settings.Title.Should().Be("하늘 노트");
        settings.TimeZone.Should().Be("Asia/Seoul");
        settings.PermalinkPattern.Should().Be("/:categories/:year/:month/:day/:title");
        settings.ExcerptSeparator.Should().Be("<!--more-->");
        report.Notes.Should().Contain(n => n.Contains("take", StringComparison.Ordinal));

        report.Files.Where(f => f.Path.StartsWith('_')).Should().OnlyContain(f => f.Outcome == ImportOutcome.Imported);
        report.Files.Single(f => f.Path == "about.md").Outcome.Should().Be(ImportOutcome.Skipped);
        report.Files.Single(f => f.Path == "_posts/2024-02-10-first.md").Permalink.Should().Be("/2024/02/10/first");
        report.Files.Single(f => f.Path == "_posts/travel/2024-03-01-seoul-spring.md").Permalink.Should().Be("/travel/2024/03/01/seoul-spring");

        var blog = await host.Authoring.GetBlogAsync("demo");
        var first = blog.All.Single(p => p.Title == "첫 글");
        first.Date.Should().Be(new DateTimeOffset(2024, 2, 10, 23, 30, 0, Seoul));
        blog.All.Single(p => p.Title == "포함된 조각").Date.Should().Be(new DateTimeOffset(2024, 4, 1, 0, 0, 0, Seoul));
        blog.All.Single(p => p.Title == "다음 여행").Status.Should().Be(Platform.Blogging.Posts.PostStatus.Draft);

        var spring = await SourceAsync(host, report, "_posts/travel/2024-03-01-seoul-spring.md");
        spring.Should().Contain("layout: post").And.Contain("author: 김민지").And.Contain("comments: true");
        blog.All.Single(p => p.Title == "서울의 봄").Categories.Should().Equal("travel");
    }

    [Fact]
    public async Task Liquid_is_resolved_and_unknown_tags_are_reported_per_file_and_kept_as_code()
    {
        var (report, host) = await ImportAsync();
        await using var owned = host;

        var first = await SourceAsync(host, report, "_posts/2024-02-10-first.md");
        first.Should().Contain("하늘 노트에 오신 것을 환영합니다. 이 글의 제목은 \"첫 글\"입니다.").And.Contain("글쓴이: 김민지").And.NotContain("{{");

        var spring = await SourceAsync(host, report, "_posts/travel/2024-03-01-seoul-spring.md");
        spring.Should().Contain("[첫 글](/2024/02/10/first)")
            .And.Contain("```ruby\ndef greet\n  puts \"안녕, 서울의 봄\"\nend\n```")
            .And.Contain("Liquid 예시: {{ site.url }} 와 {% include note.html %}")
            .And.Contain("![지도](/images/map.png)")
            .And.Contain("[지도 파일](/images/map.png)")
            .And.Contain("[첫 글 (옛 주소)](/2024/02/10/first)")
            .And.Contain("[소개](/about.html)")
            .And.Contain("(https://example.com/notes/x)")
            .And.NotContain("{% highlight");

        var includes = report.Files.Single(f => f.Path == "_posts/2024-04-01-includes.md");
        includes.Outcome.Should().Be(ImportOutcome.Imported);
        includes.Reason.Should().Be("line 25: 'site.posts' is built by Jekyll from the whole site and not known at import; the block is kept as code: {% for post in site.posts limit:3 %}");
    }

    [Fact]
    public async Task Includes_variables_conditions_and_loops_render_as_jekyll_renders_them()
    {
        var (report, host) = await ImportAsync();
        await using var owned = host;

        // Written by hand from Liquid's and Jekyll's documented behaviour: the include's own trailing newline is
        // kept, '{%-' trims the newline before it, the loop's body starts with the newline after its tag.
        const string expected = """
            앞 문단.

            <figure>
              <img src="/images/map.png" alt="포함된 조각">
              <figcaption>포함된 조각</figcaption>
            </figure>


            태그 2개:

            1. 서울
            2. 봄 (끝)

            추천 글

            글쓴이 소개: 서울에 사는 개발자

            <div class="widget">방문해 주셔서 고맙습니다</div>
            <script>document.title = "하늘 노트";</script>


            최근 글: `{% for post in site.posts limit:3 %}`[`{{ post.title }}`](`{{ post.url }}`)`{% endfor %}`

            끝: 포함된-조각 (April 1, 2024)

            """;
        var source = await SourceAsync(host, report, "_posts/2024-04-01-includes.md");
        source.ReplaceLineEndings("\n").Should().EndWith("---\n" + expected.ReplaceLineEndings("\n"));

        var post = await host.Authoring.GetPostAsync("demo", report.Files.Single(f => f.Path == "_posts/2024-04-01-includes.md").PostId!);
        post.Content.Html.Should().Contain("방문해 주셔서 고맙습니다").And.Contain("포함된 조각").And.Contain("<ol>\n<li>서울</li>\n<li>봄 (끝)</li>\n</ol>");
        post.Content.Html.Should().NotContainEquivalentOf("<script").And.NotContain("document.title");
    }

    [Fact]
    public async Task Old_addresses_redirect_and_redirect_from_is_kept()
    {
        var (report, host) = await ImportAsync();
        await using var owned = host;
        var first = await SourceAsync(host, report, "_posts/2024-02-10-first.md");
        first.Should().Contain("/old-first/").And.Contain("/2024/02/10/first.html");

        var blog = await host.Authoring.GetBlogAsync("demo");
        blog.TryFindRedirect("/2024/02/10/first.html", out var moved).Should().BeTrue();
        moved!.Title.Should().Be("첫 글");
        blog.TryFindRedirect("/old-first/", out var old).Should().BeTrue();
        old!.Title.Should().Be("첫 글");
        blog.TryFindRedirect("/travel/2024/03/01/seoul-spring.html", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Importing_again_changes_nothing_and_the_url_option_makes_links_absolute()
    {
        var (report, host) = await ImportAsync(new JekyllImportOptions { NewUrl = new Uri("https://notes.example/@demo") });
        await using var owned = host;
        var spring = await SourceAsync(host, report, "_posts/travel/2024-03-01-seoul-spring.md");
        spring.Should().Contain("[첫 글](/@demo/2024/02/10/first)").And.Contain("[첫 글 (옛 주소)](https://notes.example/@demo/2024/02/10/first)");
        var draft = await SourceAsync(host, report, "_drafts/next-trip.md");
        draft.Should().Contain("(https://notes.example/@demo/)");

        var again = await host.Importer.ImportFolderAsync("demo", Site, importOptions: new JekyllImportOptions { NewUrl = new Uri("https://notes.example/@demo") });
        again.Files.Where(f => f.Path.StartsWith('_')).Should().OnlyContain(f => f.Outcome == ImportOutcome.Skipped);
        (await host.Authoring.GetBlogAsync("demo")).All.Should().HaveCount(4);
    }

    [Fact]
    public async Task A_blog_with_posts_keeps_its_settings_unless_asked_and_dates_keep_the_sites_zone()
    {
        await using var host = await BlogHost.StartAsync();
        await host.CreateBlogAsync(timeZone: "UTC", pattern: "/:year/:title/");
        await host.Authoring.CreatePostAsync("demo", new Platform.Blogging.Authoring.PostSource("---\ntitle: Existing\n---\nx"));

        var report = await host.Importer.ImportFolderAsync("demo", Site);

        var settings = await host.Authoring.GetSettingsAsync("demo");
        settings.TimeZone.Should().Be("UTC");
        settings.PermalinkPattern.Should().Be("/:year/:title/");
        report.Notes.Should().Contain(n => n.Contains("kept", StringComparison.Ordinal));
        var blog = await host.Authoring.GetBlogAsync("demo");
        blog.All.Single(p => p.Title == "첫 글").Date.Should().Be(new DateTimeOffset(2024, 2, 10, 23, 30, 0, Seoul));
        blog.All.Single(p => p.Title == "포함된 조각").Date.Should().Be(new DateTimeOffset(2024, 4, 1, 0, 0, 0, Seoul));
        report.Files.Single(f => f.Path == "_posts/2024-02-10-first.md").Permalink.Should().Be("/2024/first/");

        var applied = await host.Importer.ImportFolderAsync("demo", Site, importOptions: new JekyllImportOptions { ApplyConfig = true });
        (await host.Authoring.GetSettingsAsync("demo")).TimeZone.Should().Be("Asia/Seoul");
        applied.Notes.Should().Contain(n => n.Contains("take", StringComparison.Ordinal));
    }
}
