using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Platform.Gateway.Tests.Api;

namespace Platform.Gateway.Tests.Export;

/// <summary>
/// A blog with varied posts is exported through the API and imported into a second, empty platform: the same URLs,
/// dates, tags, categories, statuses and bodies; and exporting the copy gives the same post files again.
/// </summary>
public sealed class ExportRoundTripTests(AuthorApiFactory source, ExportRoundTripTests.EmptyPlatform target)
    : IClassFixture<AuthorApiFactory>, IClassFixture<ExportRoundTripTests.EmptyPlatform>
{
    /// <summary>A second platform of its own (its own silo and memory store), empty.</summary>
    public sealed class EmptyPlatform : AuthorApiFactory;

    private readonly ApiClient _source = new(source.CreateClient());
    private readonly ApiClient _target = new(target.CreateClient());

    private const string Pattern = "/:categories/:year/:month/:title/";

    private static readonly string[] ScheduledTags = ["예약"];

    private static readonly string[] ScheduledCategories = ["공지", "2031년"];

    private const string Korean = """
        ---
        title: 서울의 봄, 그리고 "따옴표"
        date: 2024-03-01 09:30:00
        categories: [일상, 여행기]
        tags: [여행, 사진, 서울]
        description: 봄날의 서울 산책 기록.
        image: /images/spring.png
        layout: post
        toc: true
        # 테마가 읽는 값
        author:
          name: 김작가
          links: [https://example.com/about]
        ---
        # 봄

        서울의 봄은 **짧다**. 줄 끝 공백이 남는다.  
        다음 줄.

        | 장소 | 시간 |
        |---|:-:|
        | 경복궁 | 오전 |

        ```python
        print("안녕")
        ```

        <!--more-->

        끝.

        """;

    // CRLF line endings, no newline at the end, a date in UTC late at night (the next day in Seoul), its own permalink.
    private const string Crlf = "---\r\ntitle: Custom path\r\ndate: 2024-04-02 23:30:00 +00:00\r\npermalink: /notes/custom-path/\r\ntags: [meta]\r\n---\r\nLine one.\r\nLine two, no newline at the end";

    // Dated in UTC on the last day of May: June in Seoul, while the permalink was built with the May date.
    private const string OtherOffset = "---\ntitle: Backend notes\ndate: 2024-05-31 23:00:00 +00:00\ncategories: [Backend]\ntags: python django\n---\nMigrations.\n";

    private const string NoFrontMatter = "# 제목만 있는 글\n\n본문입니다.\n";

    private const string Draft = "---\ntitle: 초안\ndraft: true\ntags: [작성중]\n---\n아직 쓰는 중.\n";

    private const string Quoting = "---\ntitle: \"Yes: a title with # and 'quotes'\"\ndate: 2023-12-31 23:59:59.25 +09:00\ntags: [\"C#\", \"yes\", \"null\", \"key: value\"]\ncategories: [AI/ML]\n---\nQuoted values.\n";

    [Fact]
    public async Task Export_then_import_into_an_empty_platform_gives_the_same_blog()
    {
        var blog = ApiClient.NewBlogName();
        var (_, owner) = await _source.CreateBlogAsync(blog, new { name = blog, title = "왕복 시험", description = "내보내고 다시 가져온다.", locale = "ko", timeZone = "Asia/Seoul", permalinkPattern = Pattern });
        await _source.CreatePostAsync(blog, owner, Korean);
        await _source.CreatePostAsync(blog, owner, Crlf);
        await _source.CreatePostAsync(blog, owner, OtherOffset);
        await _source.CreatePostAsync(blog, owner, NoFrontMatter);
        await _source.CreatePostAsync(blog, owner, Draft);
        await _source.CreatePostAsync(blog, owner, Quoting);
        var scheduled = await _source.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/posts", owner, ApiClient.Json(new
        {
            title = "예약된 글",
            markdown = "미래에 공개.\n",
            status = "scheduled",
            date = "2031-01-01T09:00:00+09:00",
            tags = ScheduledTags,
            categories = ScheduledCategories,
        }));
        scheduled.StatusCode.Should().Be(HttpStatusCode.Created, await scheduled.Content.ReadAsStringAsync());

        // Renamed: its first permalink becomes a former one.
        var (renamed, renamedTag) = await _source.CreatePostAsync(blog, owner, "---\ntitle: Original title\ndate: 2024-02-01 10:00:00\n---\nFirst version.\n");
        var put = await _source.SendAsync(HttpMethod.Put, $"/api/v1/blogs/{blog}/posts/{renamed}", owner, ApiClient.Markdown("---\ntitle: Renamed\nslug: renamed-post\ndate: 2024-02-01 10:00:00\n---\nSecond version.\n"), renamedTag);
        put.StatusCode.Should().Be(HttpStatusCode.OK, await put.Content.ReadAsStringAsync());

        // Published by the status action: its Markdown still says draft.
        var (later, _) = await _source.CreatePostAsync(blog, owner, "---\ntitle: Later published\ndraft: true\n---\nPublished with the button.\n");
        (await _source.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/posts/{later}/publish", owner)).StatusCode.Should().Be(HttpStatusCode.OK);

        // An image from the media library (uploaded with EXIF, so stored re-encoded), shown in a post and as its cover.
        var photo = await Media.MediaApiTests.UploadAsync(_source, blog, owner, TestImages.JpegWithGps(1100, 700));
        var photoId = photo.GetProperty("id").GetString()!;
        var photoPath = photo.GetProperty("path").GetString()!;
        await _source.CreatePostAsync(blog, owner, $"---\ntitle: 사진 한 장\ndate: 2024-06-01 12:00:00\nimage: {photoPath}\n---\n<img src=\"{photoPath}\" width=\"450\"/>\n\n![again]({photoPath})\n");

        var exported = await ExportZip.DownloadAsync(_source, blog, owner);

        var files = exported.PostFiles;
        files.Keys.Should().Contain("_posts/2024-03-01-서울의-봄-그리고-따옴표.md");
        files.Keys.Should().Contain("_posts/2024-04-03-custom-path.md", "the file is named by the date in the blog's time zone");
        files.Keys.Should().Contain("_posts/2031-01-01-예약된-글.md");
        files.Keys.Should().Contain("_drafts/초안.md");
        files.Should().HaveCount(10);
        files["_posts/2024-03-01-서울의-봄-그리고-따옴표.md"].Should().Contain("date: 2024-03-01 09:30:00 +09:00").And.Contain("layout: post").And.Contain("name: 김작가");
        files["_posts/2024-04-03-custom-path.md"].Should().Contain("permalink: /notes/custom-path/").And.EndWith("Line one.\r\nLine two, no newline at the end");
        files["_drafts/초안.md"].Should().Contain("draft: true");
        files.Single(f => f.Key.EndsWith("-later-published.md", StringComparison.Ordinal)).Value.Should().Contain("published: true").And.NotContain("draft:");

        var config = exported.Files["_config.yml"];
        config.Should().Contain("timezone: Asia/Seoul").And.Contain("permalink: " + Pattern).And.Contain($"url: http://{blog}.blogs.test")
            .And.Contain("lang: ko").And.NotContain("markdown: kramdown");

        var document = exported.Document;
        document.GetProperty("format").GetString().Should().Be("platform-export/1");
        var settings = document.GetProperty("blog");
        settings.GetProperty("name").GetString().Should().Be(blog);
        document.GetProperty("posts").GetArrayLength().Should().Be(10);
        exported.Files.Keys.Should().Contain(photoPath.TrimStart('/'), "the export carries the media at the path its URL has");
        document.GetProperty("media").GetArrayLength().Should().Be(1);
        document.GetProperty("warnings").GetArrayLength().Should().Be(0, "every file reads back as the stored post");
        var renamedJson = document.GetProperty("posts").EnumerateArray().Single(p => p.GetProperty("id").GetString() == renamed);
        renamedJson.GetProperty("formerPermalinks").EnumerateArray().Select(p => p.GetString()).Should().Equal("/2024/02/original-title");
        renamedJson.GetProperty("source").GetString().Should().Contain("Second version.");
        files.Single(f => f.Key.EndsWith("-renamed-post.md", StringComparison.Ordinal)).Value.Should().Contain("- /2024/02/original-title/");

        // A second, empty platform: the blog is created with the exported settings, then the zip is imported.
        var (_, targetOwner) = await _target.CreateBlogAsync(blog, new
        {
            name = blog,
            title = settings.GetProperty("title").GetString(),
            description = settings.GetProperty("description").GetString(),
            locale = settings.GetProperty("locale").GetString(),
            timeZone = settings.GetProperty("timeZone").GetString(),
            permalinkPattern = settings.GetProperty("permalinkPattern").GetString(),
        });
        var zip = new ByteArrayContent(exported.Bytes);
        zip.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        var import = await _target.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/import/jekyll", targetOwner, zip);
        var report = await ApiClient.ReadJsonAsync(import);
        import.StatusCode.Should().Be(HttpStatusCode.OK, report.ToString());
        report.GetProperty("failed").GetInt32().Should().Be(0, report.ToString());
        report.GetProperty("imported").GetInt32().Should().Be(10, report.ToString());
        report.GetProperty("media").EnumerateArray().Where(m => m.GetProperty("outcome").GetString() == "stored").Select(m => m.GetProperty("mediaId").GetString())
            .Distinct().Should().Equal([photoId], "the exported image imports as the same item");

        // Importing the same zip again changes nothing, drafts included.
        var zipAgain = new ByteArrayContent(exported.Bytes);
        zipAgain.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        var second = await ApiClient.ReadJsonAsync(await _target.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/import/jekyll", targetOwner, zipAgain));
        second.GetProperty("skipped").GetInt32().Should().Be(10, second.ToString());
        var media = await ApiClient.ReadJsonAsync(await _target.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/media", targetOwner));
        media.GetProperty("media").EnumerateArray().Select(m => m.GetProperty("path").GetString()).Should().Equal([photoPath], "importing twice adds no media");

        var before = await PostsAsync(_source, blog, owner);
        var after = await PostsAsync(_target, blog, targetOwner);
        after.Keys.Should().BeEquivalentTo(before.Keys, "every post came back with its slug");
        foreach (var (slug, original) in before)
        {
            var copy = after[slug];
            copy.GetProperty("url").GetString().Should().Be(original.GetProperty("url").GetString(), slug);
            copy.GetProperty("status").GetString().Should().Be(original.GetProperty("status").GetString(), slug);
            copy.GetProperty("date").GetDateTimeOffset().Should().Be(original.GetProperty("date").GetDateTimeOffset(), slug);
            Dates(copy, "lastModified").Should().Be(Dates(original, "lastModified"), slug);
            Strings(copy, "tags").Should().Equal(Strings(original, "tags"), slug);
            Strings(copy, "categories").Should().Equal(Strings(original, "categories"), slug);
            foreach (var field in new[] { "title", "description", "image", "excerpt", "html" })
            {
                copy.GetProperty(field).ToString().Should().Be(original.GetProperty(field).ToString(), $"{field} of {slug}");
            }

            ExportZip.Body(copy.GetProperty("markdown").GetString()!).Should().Be(ExportZip.Body(original.GetProperty("markdown").GetString()!), $"the body of {slug} is kept byte for byte");
        }

        // The copy exports to the same files: the export is a fixed point.
        var again = await ExportZip.DownloadAsync(_target, blog, targetOwner);
        again.PostFiles.Should().BeEquivalentTo(files);
        again.Files["_config.yml"].Split('\n').Skip(1).Should().Equal(config.Split('\n').Skip(1), "only the header line with the time differs");
    }

    [Fact]
    public async Task An_empty_blog_exports_its_configuration_and_an_empty_document()
    {
        var (blog, owner) = await _source.CreateBlogAsync();
        var exported = await ExportZip.DownloadAsync(_source, blog, owner);
        exported.Files.Keys.Should().BeEquivalentTo("_config.yml", "platform-export.json");
        var document = exported.Document;
        document.GetProperty("posts").GetArrayLength().Should().Be(0);
        document.GetProperty("media").GetArrayLength().Should().Be(0);
        document.GetProperty("counts").GetProperty("posts").GetInt32().Should().Be(0);
    }

    private static async Task<Dictionary<string, JsonElement>> PostsAsync(ApiClient api, string blog, string token)
    {
        var list = await ApiClient.ReadJsonAsync(await api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts?limit=100", token));
        var posts = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var summary in list.GetProperty("posts").EnumerateArray())
        {
            var id = summary.GetProperty("id").GetString();
            var full = await api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts/{id}", token);
            full.StatusCode.Should().Be(HttpStatusCode.OK);
            posts.Add(summary.GetProperty("slug").GetString()!, await ApiClient.ReadJsonAsync(full));
        }

        return posts;
    }

    private static string[] Strings(JsonElement post, string name) => [.. post.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];

    private static DateTimeOffset? Dates(JsonElement post, string name) =>
        post.GetProperty(name).ValueKind == JsonValueKind.Null ? null : post.GetProperty(name).GetDateTimeOffset();
}
