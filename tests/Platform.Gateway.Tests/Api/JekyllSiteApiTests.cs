using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Platform.Testing.Azurite;

namespace Platform.Gateway.Tests.Api;

/// <summary>The whole fixture site (tests/Fixtures/jekyll-site) as a zip through the API, and bad archives refused whole.</summary>
public sealed class JekyllSiteApiTests(AuthorApiFactory factory) : IClassFixture<AuthorApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    private static string SitePath => Path.Combine(AzuriteInstaller.RepositoryRoot(), "tests", "Fixtures", "jekyll-site");

    private static ByteArrayContent SiteZip(string prefix = "minji.github.io/")
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Directory.EnumerateFiles(SitePath, "*", SearchOption.AllDirectories))
            {
                var name = prefix + Path.GetRelativePath(SitePath, file).Replace('\\', '/');
                using var entry = archive.CreateEntry(name).Open();
                entry.Write(File.ReadAllBytes(file));
            }
        }

        return ZipBytes(buffer.ToArray());
    }

    private static ByteArrayContent ZipBytes(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return content;
    }

    private static JsonElement Entry(JsonElement report, string path) =>
        report.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("path").GetString() == path);

    [Fact]
    public async Task The_whole_site_imports_with_its_config_liquid_resolved_and_unknown_tags_reported()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var response = await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/import/jekyll", owner, SiteZip());
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var report = await ApiClient.ReadJsonAsync(response);

        report.GetProperty("imported").GetInt32().Should().Be(4);
        report.GetProperty("notes").EnumerateArray().Select(n => n.GetString()).Should().Contain(n => n!.Contains("time zone Asia/Seoul", StringComparison.Ordinal));
        Entry(report, "_posts/2024-02-10-first.md").GetProperty("url").GetString().Should().Be($"http://{blog}.blogs.test/2024/02/10/first");
        Entry(report, "_posts/2024-04-01-includes.md").GetProperty("reason").GetString().Should().Contain("'site.posts'").And.Contain("line 25");
        Entry(report, "about.md").GetProperty("outcome").GetString().Should().Be("skipped");

        var settings = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}", owner));
        settings.ToString().Should().Contain("하늘 노트").And.Contain("Asia/Seoul");

        var id = Entry(report, "_posts/travel/2024-03-01-seoul-spring.md").GetProperty("postId").GetString();
        var post = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts/{id}", owner));
        var text = post.ToString();
        text.Should().Contain($"(http://{blog}.blogs.test/2024/02/10/first)").And.Contain("```ruby").And.NotContain("{% post_url");
        post.GetProperty("date").GetString().Should().StartWith("2024-03-01T08:30:00+09:00");

        var again = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/import/jekyll", owner, SiteZip()));
        again.GetProperty("imported").GetInt32().Should().Be(0);
        again.GetProperty("updated").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task Another_blogs_token_cannot_import_into_a_blog()
    {
        var (blog, _) = await _api.CreateBlogAsync();
        var (_, otherOwner) = await _api.CreateBlogAsync();
        var response = await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/import/jekyll", otherOwner, SiteZip());
        await ApiClient.ExpectProblemAsync(response, HttpStatusCode.Forbidden);
    }

    public static TheoryData<string, string> BadArchives => new()
    {
        { "traversal", "../outside.md" },
        { "absolute", "/etc/cron.d/x" },
        { "symlink", "_posts/2024-01-02-link.md" },
        { "bomb", "_posts/bomb.txt" },
        { "config", "_config.yml" },
        { "front matter", "_posts/2024-01-03-bad.md" },
    };

    [Theory]
    [MemberData(nameof(BadArchives))]
    public async Task A_bad_archive_is_refused_with_a_report_and_nothing_is_imported(string kind, string culprit)
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, byte[] bytes, int? unixMode = null)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.SmallestSize);
                if (unixMode is { } mode)
                {
                    entry.ExternalAttributes = mode << 16;
                }

                using var stream = entry.Open();
                stream.Write(bytes);
            }

            Add("_config.yml", Encoding.UTF8.GetBytes(kind == "config" ? "title: ok\ntimezone: [Asia/Seoul\nurl: x\n" : "title: 좋은 제목\n"));
            Add("_posts/2024-01-01-good.md", Encoding.UTF8.GetBytes("---\ntitle: Good\n---\nfine"));
            switch (kind)
            {
                case "symlink":
                    Add(culprit, Encoding.UTF8.GetBytes("/etc/passwd"), 0xA1FF);
                    break;
                case "bomb":
                    Add(culprit, new byte[4 * 1024 * 1024]);
                    break;
                case "front matter":
                    Add(culprit, Encoding.UTF8.GetBytes("---\ntitle: Bad\ntags: [a, b\n---\nx"));
                    break;
                case "config":
                    break;
                default:
                    Add(culprit, Encoding.UTF8.GetBytes("x"));
                    break;
            }
        }

        var response = await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/import/jekyll", owner, ZipBytes(buffer.ToArray()));
        var problem = await ApiClient.ExpectProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString().Should().Contain(culprit).And.ContainAny("nothing was imported", "Nothing was imported");

        var list = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts", owner));
        list.GetProperty("posts").GetArrayLength().Should().Be(0, "nothing is half-imported");
        var settings = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}", owner));
        settings.ToString().Should().NotContain("좋은 제목", "the configuration is not applied either");
    }

    [Fact]
    public async Task Apply_config_that_is_not_a_boolean_is_a_400()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var response = await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/import/jekyll?applyConfig=maybe", owner, SiteZip());
        ((int)response.StatusCode).Should().Be(400);
    }
}
