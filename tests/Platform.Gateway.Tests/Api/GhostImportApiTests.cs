using System.Net;
using System.Text;

namespace Platform.Gateway.Tests.Api;

public sealed class GhostImportApiTests(AuthorApiFactory factory) : IClassFixture<AuthorApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    [Fact]
    public async Task A_Ghost_export_imports_with_a_report_and_a_second_import_duplicates_nothing()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var path = $"/api/v1/blogs/{blog}/import/ghost";

        var first = await _api.SendAsync(HttpMethod.Post, path, owner, ForeignExports.Ghost());
        first.StatusCode.Should().Be(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        var report = await ApiClient.ReadJsonAsync(first);
        report.GetProperty("imported").GetInt32().Should().Be(7);
        report.GetProperty("failed").GetInt32().Should().Be(0);
        var walk = report.GetProperty("files").EnumerateArray().First();
        walk.GetProperty("path").GetString().Should().Be("ghost/65f0c1a2b3c4d5e6f7a80001");
        walk.GetProperty("outcome").GetString().Should().Be("imported");
        walk.GetProperty("url").GetString().Should().StartWith($"http://{blog}.blogs.test/");
        walk.GetProperty("reason").GetString().Should().Contain("#hero");

        var second = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Post, path, owner, ForeignExports.Ghost()));
        second.GetProperty("skipped").GetInt32().Should().Be(7);
        second.GetProperty("imported").GetInt32().Should().Be(0);

        var list = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts", owner));
        list.GetProperty("meta").GetProperty("pagination").GetProperty("total").GetInt32().Should().Be(7);
    }

    [Fact]
    public async Task The_old_site_address_is_taken_from_the_query()
    {
        var (blog, owner) = await _api.CreateBlogAsync();

        var response = await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/import/ghost?siteUrl=https%3A%2F%2Fold.example.com", owner, ForeignExports.Ghost());

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var id = (await ApiClient.ReadJsonAsync(response)).GetProperty("files")[0].GetProperty("postId").GetString();
        var post = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts/{id}", owner));
        post.GetProperty("image").GetString().Should().Be("https://old.example.com/content/images/2024/04/cover.jpg");
        post.GetProperty("html").GetString().Should().Contain("src=\"https://old.example.com/content/images/2024/04/gate.jpg\"");
        post.GetProperty("status").GetString().Should().Be("published");
        post.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).Should().Equal("여행", "Seoul");
    }

    [Fact]
    public async Task Invalid_JSON_is_a_400_with_its_line_and_nothing_is_imported()
    {
        var (blog, owner) = await _api.CreateBlogAsync();

        var response = await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/import/ghost", owner, ForeignExports.Ghost("ghost/invalid.json"));

        var problem = await ApiClient.ExpectProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("code").GetString().Should().Be("invalid-export");
        problem.GetProperty("line").GetInt32().Should().Be(8);
        await ExpectNoPostsAsync(blog, owner);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[1,2]")]
    [InlineData("{\"data\":{\"posts\":\"none\"}}")]
    public async Task A_body_that_is_not_a_Ghost_export_is_a_400(string json)
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var response = await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/import/ghost", owner, ApiClient.RawJson(json));
        (await ApiClient.ExpectProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("field").GetString().Should().Be("body");
    }

    [Fact]
    public async Task Bad_site_addresses_media_types_and_sizes_are_4xx_problems()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var path = $"/api/v1/blogs/{blog}/import/ghost";

        var badSite = await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, path + "?siteUrl=ftp%3A%2F%2Fx", owner, ForeignExports.Ghost()), HttpStatusCode.BadRequest);
        badSite.GetProperty("field").GetString().Should().Be("siteUrl");
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, path, owner, ForeignExports.Body(ForeignExports.Bytes("ghost/export.json"), "text/plain")), HttpStatusCode.UnsupportedMediaType);
        var latin1 = ForeignExports.Ghost();
        latin1.Headers.ContentType!.CharSet = "iso-8859-1";
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, path, owner, latin1), HttpStatusCode.UnsupportedMediaType);
        var big = "{\"data\":{\"posts\":[]},\"pad\":\"" + new string('x', 1024 * 1024) + "\"}";
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, path, owner, ApiClient.RawJson(big)), HttpStatusCode.RequestEntityTooLarge);
        await ExpectNoPostsAsync(blog, owner);
    }

    [Fact]
    public async Task An_editor_may_import()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var (_, editor) = await _api.IssueTokenAsync(blog, owner, "editor");
        var json = Encoding.UTF8.GetBytes("""{"db":[{"meta":{},"data":{"posts":[{"id":"e1","title":"By an editor","html":"<p>x</p>","status":"published"}]}}]}""");

        var response = await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/import/ghost", editor, ForeignExports.Body(json, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private async Task ExpectNoPostsAsync(string blog, string owner)
    {
        var list = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts", owner));
        list.GetProperty("posts").GetArrayLength().Should().Be(0, "nothing is half-imported");
    }
}
