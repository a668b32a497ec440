using System.Net;

namespace Platform.Gateway.Tests.Api;

/// <summary>The blog's Markdown dialect and excerpt separator through the API.</summary>
public sealed class KramdownSettingsApiTests(AuthorApiFactory factory) : IClassFixture<AuthorApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    [Fact]
    public async Task A_new_blog_is_commonmark_and_the_owner_switches_it_to_kramdown_with_a_separator()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var read = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}", owner));
        read.GetProperty("markdownDialect").GetString().Should().Be("commonmark");

        var response = await _api.SendAsync(HttpMethod.Patch, $"/api/v1/blogs/{blog}", owner,
            ApiClient.Json(new { markdownDialect = "kramdown", excerptSeparator = "<!--more-->" }));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var json = await ApiClient.ReadJsonAsync(response);
        json.GetProperty("markdownDialect").GetString().Should().Be("kramdown");
        json.GetProperty("excerptSeparator").GetString().Should().Be("<!--more-->");

        var cleared = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Patch, $"/api/v1/blogs/{blog}", owner, ApiClient.Json(new { excerptSeparator = "" })));
        cleared.GetProperty("excerptSeparator").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        cleared.GetProperty("markdownDialect").GetString().Should().Be("kramdown");
    }

    [Fact]
    public async Task A_blog_can_be_created_in_the_kramdown_dialect()
    {
        var name = ApiClient.NewBlogName();
        var response = await _api.SendAsync(HttpMethod.Post, "/api/v1/blogs", AuthorApiFactory.AdminToken,
            ApiClient.Json(new { name, title = "지킬에서 온 블로그", markdownDialect = "kramdown" }));

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await ApiClient.ReadJsonAsync(response)).GetProperty("blog").GetProperty("markdownDialect").GetString().Should().Be("kramdown");
    }

    [Fact]
    public async Task An_unknown_dialect_is_a_400()
    {
        var (blog, owner) = await _api.CreateBlogAsync();

        var response = await _api.SendAsync(HttpMethod.Patch, $"/api/v1/blogs/{blog}", owner, ApiClient.Json(new { markdownDialect = "redcarpet" }));

        await ApiClient.ExpectProblemAsync(response, HttpStatusCode.BadRequest);
    }
}
