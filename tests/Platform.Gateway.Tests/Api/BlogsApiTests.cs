using System.Net;

namespace Platform.Gateway.Tests.Api;

public sealed class BlogsApiTests(AuthorApiFactory factory) : IClassFixture<AuthorApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    [Fact]
    public async Task Admin_creates_a_blog_and_gets_a_working_owner_token_once()
    {
        var name = ApiClient.NewBlogName();
        var response = await _api.SendAsync(HttpMethod.Post, "/api/v1/blogs", AuthorApiFactory.AdminToken,
            ApiClient.Json(new { name, title = "서울 일기", locale = "ko", timeZone = "Asia/Seoul" }));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        response.Headers.Location!.ToString().Should().Be($"/api/v1/blogs/{name}");
        var json = await ApiClient.ReadJsonAsync(response);
        json.GetProperty("blog").GetProperty("title").GetString().Should().Be("서울 일기");
        json.GetProperty("blog").GetProperty("timeZone").GetString().Should().Be("Asia/Seoul");
        json.GetProperty("blog").GetProperty("url").GetString().Should().Be($"http://{name}.blogs.test/");
        var token = json.GetProperty("token").GetProperty("token").GetString()!;
        token.Should().StartWith($"plt_{name}_");
        json.GetProperty("token").GetProperty("role").GetString().Should().Be("owner");

        var read = await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{name}", token);
        read.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ApiClient.ReadJsonAsync(read)).GetProperty("locale").GetString().Should().Be("ko");

        var list = await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{name}/tokens", token);
        (await list.Content.ReadAsStringAsync()).Should().NotContain(token).And.NotContain("hash");
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("admin")]
    [InlineData("api")]
    [InlineData("-dash")]
    [InlineData("has space")]
    [InlineData("under_score")]
    [InlineData("")]
    public async Task Invalid_or_reserved_names_are_refused_naming_the_field(string name)
    {
        var response = await _api.SendAsync(HttpMethod.Post, "/api/v1/blogs", AuthorApiFactory.AdminToken, ApiClient.Json(new { name, title = "x" }));
        var problem = await ApiClient.ExpectProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("field").GetString().Should().Be("name");
    }

    [Fact]
    public async Task A_custom_domain_set_over_the_API_serves_the_blog_at_once_and_stops_when_removed()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var domain = $"{blog}.example.org";
        using var viaDomain = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{domain}") });

        (await viaDomain.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var set = await _api.SendAsync(HttpMethod.Patch, $"/api/v1/blogs/{blog}", owner, ApiClient.Json(new { customDomains = new[] { domain } }));
        set.StatusCode.Should().Be(HttpStatusCode.OK);
        (await viaDomain.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK, "the tenancy table learns the domain when it is saved");

        var cleared = await _api.SendAsync(HttpMethod.Patch, $"/api/v1/blogs/{blog}", owner, ApiClient.Json(new { customDomains = Array.Empty<string>() }));
        cleared.StatusCode.Should().Be(HttpStatusCode.OK);
        (await viaDomain.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_second_blog_with_the_same_name_is_a_409()
    {
        var (blog, _) = await _api.CreateBlogAsync();
        var response = await _api.SendAsync(HttpMethod.Post, "/api/v1/blogs", AuthorApiFactory.AdminToken, ApiClient.Json(new { name = blog, title = "again" }));
        (await ApiClient.ExpectProblemAsync(response, HttpStatusCode.Conflict)).GetProperty("code").GetString().Should().Be("blog-exists");
    }

    [Fact]
    public async Task Creating_blogs_needs_the_admin_token()
    {
        var (_, owner) = await _api.CreateBlogAsync();
        var body = new { name = ApiClient.NewBlogName(), title = "x" };
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, "/api/v1/blogs", null, ApiClient.Json(body)), HttpStatusCode.Unauthorized);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, "/api/v1/blogs", "nonsense", ApiClient.Json(body)), HttpStatusCode.Unauthorized);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, "/api/v1/blogs", owner, ApiClient.Json(body)), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Unauthorized_answers_carry_a_bearer_challenge()
    {
        var response = await _api.SendAsync(HttpMethod.Get, "/api/v1/blogs/whatever", null);
        await ApiClient.ExpectProblemAsync(response, HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().Be("Bearer");
    }

    [Fact]
    public async Task Bad_settings_are_400s_naming_the_field()
    {
        var name = ApiClient.NewBlogName();
        var zone = await _api.SendAsync(HttpMethod.Post, "/api/v1/blogs", AuthorApiFactory.AdminToken, ApiClient.Json(new { name, title = "x", timeZone = "Mars/Olympus" }));
        (await ApiClient.ExpectProblemAsync(zone, HttpStatusCode.BadRequest)).GetProperty("field").GetString().Should().Be("timeZone");
        var title = await _api.SendAsync(HttpMethod.Post, "/api/v1/blogs", AuthorApiFactory.AdminToken, ApiClient.Json(new { name }));
        (await ApiClient.ExpectProblemAsync(title, HttpStatusCode.BadRequest)).GetProperty("field").GetString().Should().Be("title");
        var type = await _api.SendAsync(HttpMethod.Post, "/api/v1/blogs", AuthorApiFactory.AdminToken, ApiClient.RawJson($"{{\"name\":\"{name}\",\"title\":\"x\",\"postsPerPage\":\"ten\"}}"));
        (await ApiClient.ExpectProblemAsync(type, HttpStatusCode.BadRequest)).GetProperty("field").GetString().Should().Be("postsPerPage");
    }

    [Fact]
    public async Task Owner_patches_settings_custom_domains_and_permalink_pattern()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var response = await _api.SendAsync(HttpMethod.Patch, $"/api/v1/blogs/{blog}", owner,
            ApiClient.Json(new { title = "Renamed", permalinkPattern = "/:year/:title/", customDomains = new[] { blog + ".example.org" } }));
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var json = await ApiClient.ReadJsonAsync(response);
        json.GetProperty("title").GetString().Should().Be("Renamed");
        json.GetProperty("permalinkPattern").GetString().Should().Be("/:year/:title/");
        json.GetProperty("url").GetString().Should().Be($"http://{blog}.example.org/");

        var (other, otherOwner) = await _api.CreateBlogAsync();
        var clash = await _api.SendAsync(HttpMethod.Patch, $"/api/v1/blogs/{other}", otherOwner, ApiClient.Json(new { customDomains = new[] { blog + ".example.org" } }));
        await ApiClient.ExpectProblemAsync(clash, HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("editor")]
    [InlineData("author")]
    [InlineData("contributor")]
    public async Task Only_owners_patch_settings_but_every_role_reads_them(string role)
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var (_, token) = await _api.IssueTokenAsync(blog, owner, role);
        (await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}", token)).StatusCode.Should().Be(HttpStatusCode.OK);
        var patch = await _api.SendAsync(HttpMethod.Patch, $"/api/v1/blogs/{blog}", token, ApiClient.Json(new { title = "mine now" }));
        await ApiClient.ExpectProblemAsync(patch, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Admin_reading_a_blog_that_does_not_exist_gets_a_404()
    {
        var response = await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{ApiClient.NewBlogName()}", AuthorApiFactory.AdminToken);
        (await ApiClient.ExpectProblemAsync(response, HttpStatusCode.NotFound)).GetProperty("code").GetString().Should().Be("blog-not-found");
    }
}
