using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Platform.Gateway.Tests.Api;

public sealed class ImportApiTests(AuthorApiFactory factory) : IClassFixture<AuthorApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    public static byte[] Zip(params (string Path, string Text)[] files)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, text) in files)
            {
                using var stream = archive.CreateEntry(path).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return buffer.ToArray();
    }

    public static ByteArrayContent ZipContent(params (string Path, string Text)[] files)
    {
        var content = new ByteArrayContent(Zip(files));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return content;
    }

    private static readonly (string, string)[] s_site =
    [
        ("site/_posts/2024-01-01-hello.md", "---\ntitle: Hello\ntags: [a]\n---\nHi."),
        ("site/_posts/2024-02-01-서울.md", "---\ntitle: 서울\n---\n봄."),
        ("site/_posts/2024-03-01-broken.md", "---\ntitle: Broken\ndate: not a date\n---\nx"),
        ("site/_posts/notes.txt", "not a post"),
        ("site/_config.yml", "title: site"),
    ];

    [Fact]
    public async Task Import_reports_per_file_and_a_second_import_creates_no_duplicates()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var path = $"/api/v1/blogs/{blog}/import/jekyll";

        var first = await _api.SendAsync(HttpMethod.Post, path, owner, ZipContent(s_site));
        first.StatusCode.Should().Be(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        var report = await ApiClient.ReadJsonAsync(first);
        report.GetProperty("imported").GetInt32().Should().Be(2);
        report.GetProperty("failed").GetInt32().Should().Be(1);
        report.GetProperty("skipped").GetInt32().Should().Be(1);
        var files = report.GetProperty("files").EnumerateArray().ToArray();
        files.Single(f => f.GetProperty("path").GetString()!.EndsWith("broken.md", StringComparison.Ordinal)).GetProperty("reason").GetString().Should().NotBeNullOrEmpty();
        files.Single(f => f.GetProperty("path").GetString()!.EndsWith("hello.md", StringComparison.Ordinal)).GetProperty("url").GetString()
            .Should().StartWith($"http://{blog}.blogs.test/");

        var second = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Post, path, owner, ZipContent(s_site)));
        second.GetProperty("imported").GetInt32().Should().Be(0);
        second.GetProperty("updated").GetInt32().Should().Be(0);
        second.GetProperty("skipped").GetInt32().Should().Be(3);

        var changed = s_site.Select(f => f.Item1.EndsWith("hello.md", StringComparison.Ordinal) ? (f.Item1, "---\ntitle: Hello again\n---\nHi.") : f).ToArray();
        var third = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Post, path, owner, ZipContent(changed)));
        third.GetProperty("updated").GetInt32().Should().Be(1);

        var list = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts", owner));
        list.GetProperty("meta").GetProperty("pagination").GetProperty("total").GetInt32().Should().Be(2);
        list.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("title").GetString()).Should().BeEquivalentTo("Hello again", "서울");
    }

    [Fact]
    public async Task Import_takes_a_multipart_form_with_one_file()
    {
        var (blog, editorOwner) = await _api.CreateBlogAsync();
        var (_, editor) = await _api.IssueTokenAsync(blog, editorOwner, "editor");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Zip(("_posts/2024-01-01-x.md", "---\ntitle: X\n---\nx")));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        form.Add(file, "file", "site.zip");
        var response = await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/import/jekyll", editor, form);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await ApiClient.ReadJsonAsync(response)).GetProperty("imported").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task A_body_that_is_not_a_zip_is_a_400()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("PK not really a zip"));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        var response = await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/import/jekyll", owner, content);
        (await ApiClient.ExpectProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("field").GetString().Should().Be("file");
    }

    [Fact]
    public async Task A_corrupted_zip_entry_is_a_400_naming_the_entry_and_nothing_is_imported()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var zip = Zip(("_posts/2024-01-01-a.md", "---\ntitle: A\n---\n" + string.Concat(Enumerable.Range(0, 400).Select(i => $"line {i} of a post. "))), ("_posts/2024-01-02-b.md", "---\ntitle: B\n---\nfine"));
        var corrupted = (byte[])zip.Clone();
        for (var i = 60; i < 120 && i < corrupted.Length; i++)
        {
            corrupted[i] ^= 0x5A;
        }

        var content = new ByteArrayContent(corrupted);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        var response = await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/import/jekyll", owner, content);
        var problem = await ApiClient.ExpectProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString().Should().Contain("_posts/2024-01-01-a.md");
        var list = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts", owner));
        list.GetProperty("posts").GetArrayLength().Should().Be(0, "the sound entry was not imported either: nothing half-imported");
    }

    [Fact]
    public async Task Other_media_types_are_415_and_oversized_zips_413()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var text = await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/import/jekyll", owner, ApiClient.Markdown("# no"));
        await ApiClient.ExpectProblemAsync(text, HttpStatusCode.UnsupportedMediaType);

        var big = new ByteArrayContent(new byte[1024 * 1024 + 1]);
        big.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/import/jekyll", owner, big), HttpStatusCode.RequestEntityTooLarge);
    }
}
