using System.Net;

namespace Platform.Gateway.Tests.Api;

public sealed class TokensApiTests(AuthorApiFactory factory) : IClassFixture<AuthorApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    [Fact]
    public async Task Owner_issues_lists_and_revokes_tokens_and_a_revoked_token_is_401()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var (id, token) = await _api.IssueTokenAsync(blog, owner, "editor", "ci");
        token.Should().StartWith($"plt_{blog}_");
        (await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts", token)).StatusCode.Should().Be(HttpStatusCode.OK);

        var list = await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/tokens", owner);
        list.StatusCode.Should().Be(HttpStatusCode.OK);
        var text = await list.Content.ReadAsStringAsync();
        text.Should().Contain(id).And.Contain("\"ci\"").And.Contain("\"editor\"").And.NotContain(token).And.NotContain(owner);

        (await _api.SendAsync(HttpMethod.Delete, $"/api/v1/blogs/{blog}/tokens/{id}", owner)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts", token), HttpStatusCode.Unauthorized);
        var after = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/tokens", owner));
        after.EnumerateArray().Single(t => t.GetProperty("id").GetString() == id).GetProperty("revokedAt").ValueKind.Should().NotBe(System.Text.Json.JsonValueKind.Null);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Delete, $"/api/v1/blogs/{blog}/tokens/tok_missing", owner), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("editor")]
    [InlineData("author")]
    [InlineData("contributor")]
    public async Task Only_owners_manage_tokens(string role)
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var (id, token) = await _api.IssueTokenAsync(blog, owner, role);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/tokens", token, ApiClient.Json(new { name = "x", role = "owner" })), HttpStatusCode.Forbidden);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/tokens", token), HttpStatusCode.Forbidden);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Delete, $"/api/v1/blogs/{blog}/tokens/{id}", token), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("{\"name\":\"x\",\"role\":\"god\"}", "role")]
    [InlineData("{\"name\":\"x\"}", "role")]
    [InlineData("{\"name\":\"\",\"role\":\"editor\"}", "name")]
    [InlineData("{\"name\":7,\"role\":\"editor\"}", "name")]
    public async Task Bad_token_requests_are_400s_naming_the_field(string body, string field)
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var response = await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/tokens", owner, ApiClient.RawJson(body));
        (await ApiClient.ExpectProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("field").GetString().Should().Be(field);
    }

    [Fact]
    public async Task A_forged_token_naming_a_real_blog_is_401_not_403()
    {
        var (blog, _) = await _api.CreateBlogAsync();
        var (other, _) = await _api.CreateBlogAsync();
        var forged = $"plt_{blog}_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{other}", forged), HttpStatusCode.Unauthorized);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}", forged), HttpStatusCode.Unauthorized);
    }
}
