using System.Net;

namespace Platform.Gateway.Tests.Api;

public sealed class WordPressImportApiTests(AuthorApiFactory factory) : IClassFixture<AuthorApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    [Fact]
    public async Task A_WXR_file_imports_with_posts_and_attachments_reported_and_a_second_import_duplicates_nothing()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var path = $"/api/v1/blogs/{blog}/import/wordpress";

        var first = await _api.SendAsync(HttpMethod.Post, path, owner, ForeignExports.WordPress());
        first.StatusCode.Should().Be(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        var report = await ApiClient.ReadJsonAsync(first);
        report.GetProperty("imported").GetInt32().Should().Be(5);
        report.GetProperty("skipped").GetInt32().Should().Be(2);
        report.GetProperty("files")[0].GetProperty("url").GetString().Should().Be($"http://{blog}.blogs.test/2024/03/01/%EB%B6%80%EC%82%B0-%EC%97%AC%ED%96%89/");
        var attachments = report.GetProperty("attachments").EnumerateArray().ToArray();
        attachments.Select(a => a.GetProperty("outcome").GetString()).Should().Equal("allowed", "refused", "refused");
        attachments[1].GetProperty("url").GetString().Should().Be("https://cdn.elsewhere.example/uploads/map.png");
        attachments[1].GetProperty("reason").GetString().Should().Contain("cdn.elsewhere.example");

        var second = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Post, path, owner, ForeignExports.WordPress(mediaType: "application/xml")));
        second.GetProperty("skipped").GetInt32().Should().Be(7);
        second.GetProperty("imported").GetInt32().Should().Be(0);
        var list = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts", owner));
        list.GetProperty("meta").GetProperty("pagination").GetProperty("total").GetInt32().Should().Be(5);
    }

    [Theory]
    [InlineData("wordpress/xxe.xml", "DOCTYPE", 3)]
    [InlineData("wordpress/invalid.xml", "not well-formed", 16)]
    public async Task A_DOCTYPE_or_broken_XML_is_a_400_with_its_line_and_nothing_is_imported(string fixture, string reason, int line)
    {
        var (blog, owner) = await _api.CreateBlogAsync();

        var response = await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/import/wordpress", owner, ForeignExports.WordPress(fixture));

        var problem = await ApiClient.ExpectProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("code").GetString().Should().Be("invalid-export");
        problem.GetProperty("detail").GetString().Should().Contain(reason);
        problem.GetProperty("line").GetInt32().Should().Be(line);
        var list = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts", owner));
        list.GetProperty("posts").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Bad_flags_media_types_and_sizes_are_4xx_problems()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var path = $"/api/v1/blogs/{blog}/import/wordpress";

        var flag = await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, path + "?downloadAttachments=maybe", owner, ForeignExports.WordPress()), HttpStatusCode.BadRequest);
        flag.GetProperty("field").GetString().Should().Be("downloadAttachments");
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, path, owner, ForeignExports.WordPress(mediaType: "application/json")), HttpStatusCode.UnsupportedMediaType);
        var big = ForeignExports.Body(new byte[(1024 * 1024) + 1], "application/xml");
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, path, owner, big), HttpStatusCode.RequestEntityTooLarge);
        var feed = ForeignExports.Body("<rss version=\"2.0\"><channel><title>a feed</title></channel></rss>"u8.ToArray(), "application/xml");
        (await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, path, owner, feed), HttpStatusCode.BadRequest))
            .GetProperty("detail").GetString().Should().Contain("wp namespace");
    }
}
