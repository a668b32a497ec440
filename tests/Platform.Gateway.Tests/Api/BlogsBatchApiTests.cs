using System.Net;
using System.Text.Json;

namespace Platform.Gateway.Tests.Api;

public sealed class BlogsBatchApiTests(AuthorApiFactory factory) : IClassFixture<AuthorApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    [Fact]
    public async Task Admin_creates_many_blogs_in_one_request_and_each_result_stands_on_its_own()
    {
        var names = Enumerable.Range(0, 40).Select(_ => ApiClient.NewBlogName()).ToArray();
        var taken = names[3];
        (await _api.SendAsync(HttpMethod.Post, "/api/v1/blogs", AuthorApiFactory.AdminToken, ApiClient.Json(new { name = taken, title = "first" })))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var blogs = names.Select(name => (object)new { name, title = "T " + name }).Append(new { name = "Bad Name", title = "x" }).ToArray();

        var response = await _api.SendAsync(HttpMethod.Post, "/api/v1/blogs/batch", AuthorApiFactory.AdminToken, ApiClient.Json(new { blogs }));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var json = await ApiClient.ReadJsonAsync(response);
        json.GetProperty("created").GetInt32().Should().Be(39);
        json.GetProperty("failed").GetInt32().Should().Be(2);
        var results = json.GetProperty("results").EnumerateArray().ToArray();
        results.Should().HaveCount(41);
        results[3].GetProperty("status").GetInt32().Should().Be(409, "the name was taken before the batch");
        results[40].GetProperty("status").GetInt32().Should().Be(400);
        results[40].GetProperty("problem").GetProperty("field").GetString().Should().Be("name");
        var token = results[7].GetProperty("created").GetProperty("token").GetProperty("token").GetString()!;
        var read = await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{names[7]}", token);
        read.StatusCode.Should().Be(HttpStatusCode.OK, "each created blog has its own working owner token");
        (await ApiClient.ReadJsonAsync(read)).GetProperty("title").GetString().Should().Be("T " + names[7]);
    }

    [Fact]
    public async Task A_batch_needs_the_admin_token_and_between_1_and_1000_blogs()
    {
        var one = ApiClient.Json(new { blogs = new[] { new { name = ApiClient.NewBlogName(), title = "x" } } });
        (await _api.SendAsync(HttpMethod.Post, "/api/v1/blogs/batch", null, one)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var empty = await _api.SendAsync(HttpMethod.Post, "/api/v1/blogs/batch", AuthorApiFactory.AdminToken, ApiClient.Json(new { blogs = Array.Empty<object>() }));
        empty.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        empty.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");

        var tooMany = Enumerable.Range(0, 1001).Select(i => new { name = $"b{i}", title = "x" }).ToArray();
        var refused = await _api.SendAsync(HttpMethod.Post, "/api/v1/blogs/batch", AuthorApiFactory.AdminToken, ApiClient.Json(new { blogs = tooMany }));
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ApiClient.ReadJsonAsync(refused)).GetProperty("detail").GetString().Should().Contain("at most 1000");

        var notJson = await _api.SendAsync(HttpMethod.Post, "/api/v1/blogs/batch", AuthorApiFactory.AdminToken, ApiClient.RawJson("{\"blogs\": 5}"));
        notJson.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        JsonDocument.Parse(await notJson.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32().Should().Be(400);
    }
}
