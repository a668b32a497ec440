using System.Net;

namespace Platform.Gateway.Tests.Api;

/// <summary>Every per-blog route, with a token of another blog (403), an unknown token (401) and no token (401).</summary>
public sealed class CrossTenantTests(AuthorApiFactory factory) : IClassFixture<AuthorApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    /// <summary>Each per-blog route with a well-formed request, so that only the token decides the answer.</summary>
    public static TheoryData<string, string> Routes() => new()
    {
        { "GET", "/api/v1/blogs/{blog}" },
        { "PATCH", "/api/v1/blogs/{blog}" },
        { "POST", "/api/v1/blogs/{blog}/tokens" },
        { "GET", "/api/v1/blogs/{blog}/tokens" },
        { "DELETE", "/api/v1/blogs/{blog}/tokens/{tokenId}" },
        { "GET", "/api/v1/blogs/{blog}/posts" },
        { "POST", "/api/v1/blogs/{blog}/posts" },
        { "GET", "/api/v1/blogs/{blog}/posts/{id}" },
        { "PUT", "/api/v1/blogs/{blog}/posts/{id}" },
        { "DELETE", "/api/v1/blogs/{blog}/posts/{id}" },
        { "POST", "/api/v1/blogs/{blog}/posts/{id}/publish" },
        { "POST", "/api/v1/blogs/{blog}/posts/{id}/unpublish" },
        { "POST", "/api/v1/blogs/{blog}/posts/{id}/schedule" },
        { "GET", "/api/v1/blogs/{blog}/posts/{id}/revisions" },
        { "GET", "/api/v1/blogs/{blog}/posts/{id}/revisions/{n}" },
        { "POST", "/api/v1/blogs/{blog}/posts/{id}/revisions/{n}/restore" },
        { "POST", "/api/v1/blogs/{blog}/import/jekyll" },
        { "GET", "/api/v1/blogs/{blog}/export" },
        { "POST", "/api/v1/blogs/{blog}/import/ghost" },
        { "POST", "/api/v1/blogs/{blog}/import/wordpress" },
        { "GET", "/api/v1/blogs/{blog}/stats/aggregate" },
        { "GET", "/api/v1/blogs/{blog}/stats/timeseries" },
        { "GET", "/api/v1/blogs/{blog}/stats/breakdown" },
        { "GET", "/api/v1/blogs/{blog}/stats/realtime/visitors" },
        { "GET", "/api/v1/blogs/{blog}/stats/export" },
        { "POST", "/api/v1/blogs/{blog}/media" },
        { "GET", "/api/v1/blogs/{blog}/media" },
        { "GET", "/api/v1/blogs/{blog}/media/{id}" },
        { "DELETE", "/api/v1/blogs/{blog}/media/{id}" },
    };

    [Fact]
    public void The_route_list_covers_every_mapped_per_blog_route()
    {
        var mapped = ApiRoutes.Mapped(factory.Services).Where(r => r.Pattern.StartsWith("/api/v1/blogs/{blog}", StringComparison.Ordinal)).ToArray();
        var tested = Routes().Select(row => ((string)row[0], (string)row[1])).ToArray();
        mapped.Should().NotBeEmpty();
        mapped.Should().BeSubsetOf(tested);
        tested.Should().BeSubsetOf(mapped);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_token_of_another_blog_is_403_and_changes_nothing(string method, string template)
    {
        var (victim, victimOwner) = await _api.CreateBlogAsync();
        var (_, intruderOwner) = await _api.CreateBlogAsync();
        var (postId, etag) = await _api.CreatePostAsync(victim, victimOwner);
        var (tokenId, _) = await _api.IssueTokenAsync(victim, victimOwner, "editor");
        var before = await VictimAsync(victim, postId, victimOwner);

        var response = await SendAsync(method, template, victim, postId, tokenId, etag, intruderOwner);
        var problem = await ApiClient.ExpectProblemAsync(response, HttpStatusCode.Forbidden);
        problem.GetProperty("code").GetString().Should().Be("forbidden");

        (await VictimAsync(victim, postId, victimOwner)).Should().Be(before, "the victim's settings, posts and tokens are byte-for-byte as they were");
        (await _api.ETagAsync(victim, postId, victimOwner)).Should().Be(etag);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task An_unknown_token_or_none_is_401(string method, string template)
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var (postId, etag) = await _api.CreatePostAsync(blog, owner);
        var (tokenId, _) = await _api.IssueTokenAsync(blog, owner, "editor");

        await ApiClient.ExpectProblemAsync(await SendAsync(method, template, blog, postId, tokenId, etag, null), HttpStatusCode.Unauthorized);
        await ApiClient.ExpectProblemAsync(await SendAsync(method, template, blog, postId, tokenId, etag, "plt_" + blog + "_guessed"), HttpStatusCode.Unauthorized);
        await ApiClient.ExpectProblemAsync(await SendAsync(method, template, blog, postId, tokenId, etag, "garbage"), HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_token_of_a_blog_on_a_blog_that_does_not_exist_is_403_without_revealing_it(string method, string template)
    {
        var (_, owner) = await _api.CreateBlogAsync();
        var response = await SendAsync(method, template, ApiClient.NewBlogName(), "abcdefghijkm", "tok_x", "\"r1\"", owner);
        await ApiClient.ExpectProblemAsync(response, HttpStatusCode.Forbidden);
    }

    /// <summary>Everything the victim's owner can read: settings, the post list, the post, the tokens.</summary>
    private async Task<string> VictimAsync(string blog, string postId, string owner)
    {
        var parts = new List<string>();
        foreach (var path in new[] { $"/api/v1/blogs/{blog}", $"/api/v1/blogs/{blog}/posts", $"/api/v1/blogs/{blog}/posts/{postId}", $"/api/v1/blogs/{blog}/tokens", $"/api/v1/blogs/{blog}/media" })
        {
            var response = await _api.SendAsync(HttpMethod.Get, path, owner);
            parts.Add($"{path} {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return string.Join('\n', parts);
    }

    private async Task<HttpResponseMessage> SendAsync(string method, string template, string blog, string postId, string tokenId, string etag, string? token)
    {
        var path = template.Replace("{blog}", blog, StringComparison.Ordinal).Replace("{id}", postId, StringComparison.Ordinal).Replace("{tokenId}", tokenId, StringComparison.Ordinal).Replace("{n}", "1", StringComparison.Ordinal);
        HttpContent? content = (method, template) switch
        {
            ("PATCH", _) => ApiClient.Json(new { title = "taken over" }),
            ("POST", var t) when t.EndsWith("/tokens", StringComparison.Ordinal) => ApiClient.Json(new { name = "backdoor", role = "owner" }),
            ("POST", var t) when t.EndsWith("/posts", StringComparison.Ordinal) => ApiClient.Markdown("---\ntitle: Planted\n---\nx"),
            ("PUT", _) => ApiClient.Markdown("---\ntitle: Defaced\n---\nx"),
            ("POST", var t) when t.EndsWith("/schedule", StringComparison.Ordinal) => ApiClient.Json(new { at = DateTimeOffset.UtcNow.AddDays(1) }),
            ("POST", var t) when t.EndsWith("/jekyll", StringComparison.Ordinal) => ImportApiTests.ZipContent(("_posts/2024-01-01-planted.md", "---\ntitle: Planted\n---\nx")),
            ("POST", var t) when t.EndsWith("/ghost", StringComparison.Ordinal) => ForeignExports.Ghost(),
            ("POST", var t) when t.EndsWith("/wordpress", StringComparison.Ordinal) => ForeignExports.WordPress(),
            ("POST", var t) when t.EndsWith("/media", StringComparison.Ordinal) => Media.MediaApiTests.Image(TestImages.Png(20, 20)),
            _ => null,
        };
        return await _api.SendAsync(new HttpMethod(method), path, token, content, method is "PUT" or "DELETE" || template.EndsWith("publish", StringComparison.Ordinal) || template.EndsWith("restore", StringComparison.Ordinal) ? etag : null);
    }
}
