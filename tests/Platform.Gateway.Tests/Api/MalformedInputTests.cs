using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Platform.Gateway.Tests.Api;

/// <summary>Bad input of every kind is a 4xx problem, never a 500.</summary>
public sealed class MalformedInputTests(AuthorApiFactory factory) : IClassFixture<AuthorApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    private static ByteArrayContent Bytes(byte[] bytes, string? mediaType)
    {
        var content = new ByteArrayContent(bytes);
        if (mediaType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        }

        return content;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>Body, media type, expected status, and the field the problem must name (or null).</summary>
    public static TheoryData<string, byte[], string?, int, string?> PostBodies() => new()
    {
        { "truncated json", Utf8("{\"title\": \"x\", \"markdown\": "), "application/json", 400, null },
        { "array for object", Utf8("[1,2,3]"), "application/json", 400, null },
        { "json null", Utf8("null"), "application/json", 400, "body" },
        { "number for title", Utf8("{\"title\": 42}"), "application/json", 400, "title" },
        { "string for tags", Utf8("{\"title\": \"x\", \"tags\": \"a,b\"}"), "application/json", 400, "tags" },
        { "object in tags", Utf8("{\"title\": \"x\", \"tags\": [{\"a\":1}]}"), "application/json", 400, "tags" },
        { "null in tags", Utf8("{\"title\": \"x\", \"tags\": [null]}"), "application/json", 400, "tags" },
        { "bad date", Utf8("{\"title\": \"x\", \"date\": \"yesterday\"}"), "application/json", 400, "date" },
        { "unknown field", Utf8("{\"title\": \"x\", \"body\": \"typo\"}"), "application/json", 400, "body" },
        { "bad status", Utf8("{\"title\": \"x\", \"status\": \"live\"}"), "application/json", 400, "status" },
        { "missing title", Utf8("{\"markdown\": \"x\"}"), "application/json", 400, "title" },
        { "scheduled in the past", Utf8("{\"title\": \"x\", \"status\": \"scheduled\", \"date\": \"2001-01-01T00:00:00Z\"}"), "application/json", 400, "date" },
        { "huge title", Utf8("{\"title\": \"" + new string('t', 5000) + "\"}"), "application/json", 400, "title" },
        { "too many tags", Utf8("{\"title\": \"x\", \"tags\": [" + string.Join(',', Enumerable.Range(0, 60).Select(i => $"\"t{i}\"")) + "]}"), "application/json", 400, "tags" },
        { "null byte in json string", Utf8("{\"title\": \"x\", \"markdown\": \"a\\u0000b\"}"), "application/json", 400, "markdown" },
        { "invalid utf-8 in json", [.. Utf8("{\"title\": \""), 0xC3, 0x28, .. Utf8("\"}")], "application/json", 400, null },
        { "deep nesting", Utf8(new string('[', 5000) + new string(']', 5000)), "application/json", 400, null },
        { "empty json", [], "application/json", 400, null },
        { "broken yaml", Utf8("---\ntitle: [oops\n---\nbody"), "text/markdown", 400, null },
        { "yaml tab indent", Utf8("---\ntitle: x\n\ttags: a\n---\nbody"), "text/markdown", 400, null },
        { "yaml wrong type", Utf8("---\ntitle: {a: 1}\n---\nbody"), "text/markdown", 400, "title" },
        { "unclosed front matter", Utf8("---\ntitle: x\nbody without end"), "text/markdown", 400, null },
        { "binary markdown", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], "text/markdown", 400, "body" },
        { "null byte markdown", Utf8("---\ntitle: x\n---\na\0b"), "text/markdown", 400, "body" },
        { "invalid utf-8 markdown", [.. Utf8("---\ntitle: x\n---\n"), 0xFF, 0xFE, 0xFD], "text/markdown", 400, "body" },
        { "latin-1 charset", Utf8("---\ntitle: x\n---\nbody"), "text/markdown; charset=iso-8859-1", 415, "Content-Type" },
        { "plain text", Utf8("hello"), "text/plain", 415, null },
        { "xml", Utf8("<post/>"), "application/xml", 415, null },
        { "no content type", Utf8("hello"), null, 415, null },
        { "markdown over the limit", Utf8("---\ntitle: x\n---\n" + new string('a', 70_000)), "text/markdown", 413, null },
        { "json over the limit", Utf8("{\"title\": \"x\", \"markdown\": \"" + new string('a', 70_000) + "\"}"), "application/json", 413, null },
        { "json far over the limit", Utf8("{\"title\": \"x\", \"markdown\": \"" + new string('a', 300_000) + "\"}"), "application/json", 413, null },
    };

    [Theory]
    [MemberData(nameof(PostBodies))]
    public async Task Malformed_post_bodies_are_4xx_problems(string name, byte[] body, string? mediaType, int status, string? field)
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var response = await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/posts", owner, Bytes(body, mediaType));
        var problem = await ApiClient.ExpectProblemAsync(response, (HttpStatusCode)status);
        if (field is not null)
        {
            problem.GetProperty("field").GetString().Should().Be(field, name);
        }

        var list = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts", owner));
        list.GetProperty("meta").GetProperty("pagination").GetProperty("total").GetInt32().Should().Be(0, "a refused post leaves nothing behind");
    }

    [Theory]
    [MemberData(nameof(PostBodies))]
    public async Task Malformed_bodies_on_put_are_4xx_problems_and_leave_the_post_unchanged(string name, byte[] body, string? mediaType, int status, string? field)
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var (id, etag) = await _api.CreatePostAsync(blog, owner);
        var response = await _api.SendAsync(HttpMethod.Put, $"/api/v1/blogs/{blog}/posts/{id}", owner, Bytes(body, mediaType), etag);
        var problem = await ApiClient.ExpectProblemAsync(response, (HttpStatusCode)status);
        if (field is not null)
        {
            problem.GetProperty("field").GetString().Should().Be(field, name);
        }

        (await _api.ETagAsync(blog, id, owner)).Should().Be(etag);
    }

    public static TheoryData<string, string, string, int> OtherBodies() => new()
    {
        { "PATCH", "", "{\"title\": [1]}", 400 },
        { "PATCH", "", "{\"postsPerPage\": 1e400}", 400 },
        { "PATCH", "", "{\"postsPerPage\": 0}", 400 },
        { "PATCH", "", "{\"customDomains\": [\"not a host\"]}", 400 },
        { "PATCH", "", "{\"permalinkPattern\": \"/no-placeholders/\"}", 400 },
        { "PATCH", "", "{\"locale\": \"xx-NOPE-123\"}", 400 },
        { "PATCH", "", "{\"title\": \"" + "x" + "\"", 400 },
        { "POST", "/tokens", "{\"name\": \"x\", \"role\": [\"owner\"]}", 400 },
        { "POST", "/tokens", "\u0000\u0001", 400 },
        { "POST", "/posts/{id}/schedule", "{\"at\": \"soon\"}", 400 },
        { "POST", "/posts/{id}/schedule", "{\"at\": 12}", 400 },
        { "POST", "/posts/{id}/schedule", "not json", 400 },
    };

    [Theory]
    [MemberData(nameof(OtherBodies))]
    public async Task Malformed_settings_token_and_schedule_bodies_are_4xx_problems(string method, string suffix, string body, int status)
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var (id, _) = await _api.CreatePostAsync(blog, owner);
        var path = $"/api/v1/blogs/{blog}" + suffix.Replace("{id}", id, StringComparison.Ordinal);
        var response = await _api.SendAsync(new HttpMethod(method), path, owner, ApiClient.RawJson(body));
        await ApiClient.ExpectProblemAsync(response, (HttpStatusCode)status);
    }

    [Fact]
    public async Task Json_errors_name_line_and_column()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var response = await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/posts", owner, ApiClient.RawJson("{\n  \"title\": \"x\",\n  \"tags\": 5\n}"));
        var problem = await ApiClient.ExpectProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("field").GetString().Should().Be("tags");
        problem.GetProperty("line").GetInt32().Should().Be(3);
        problem.GetProperty("column").GetInt32().Should().BeGreaterThan(1);
    }

    [Theory]
    [InlineData("/api/v1/blogs/UPPER/posts")]
    [InlineData("/api/v1/blogs/%C3%28/posts")]
    [InlineData("/api/v1/blogs/a%2Fb/posts")]
    [InlineData("/api/v1/blogs/" + "x" + "/posts/..%2F..%2Fetc")]
    public async Task Odd_route_values_are_4xx_problems(string path)
    {
        var response = await _api.SendAsync(HttpMethod.Get, path, AuthorApiFactory.AdminToken);
        ((int)response.StatusCode).Should().BeInRange(400, 499);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer plt__x")]
    [InlineData("Bearer plt_UPPER_x")]
    [InlineData("Bearer plt_a_")]
    public async Task Malformed_authorization_headers_are_401(string header)
    {
        var (blog, _) = await _api.CreateBlogAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/blogs/{blog}");
        request.Headers.TryAddWithoutValidation("Authorization", header);
        await ApiClient.ExpectProblemAsync(await _api.Http.SendAsync(request), HttpStatusCode.Unauthorized);
    }
}
