using System.Net;
using System.Text.Json;

namespace Platform.Gateway.Tests.Api;

public sealed class PostsApiTests(AuthorApiFactory factory) : IClassFixture<AuthorApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    [Fact]
    public async Task Markdown_upload_creates_a_post_with_id_slug_public_url_and_etag()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var markdown = "---\ntitle: \"First: a post\"\ndate: 2024-03-01 10:00:00 +0900\ntags: [news, 한글]\ncategories: Backend/Django\n---\nHello **world**.\n";
        var response = await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/posts", owner, ApiClient.Markdown(markdown));

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        response.Headers.ETag!.ToString().Should().Be("\"r1\"");
        response.Headers.ETag.IsWeak.Should().BeFalse();
        var json = await ApiClient.ReadJsonAsync(response);
        var id = json.GetProperty("id").GetString()!;
        response.Headers.Location!.ToString().Should().Be($"/api/v1/blogs/{blog}/posts/{id}");
        json.GetProperty("slug").GetString().Should().Be("first-a-post");
        json.GetProperty("url").GetString().Should().Be($"http://{blog}.blogs.test/backend-django/2024/03/01/first-a-post/");
        json.GetProperty("status").GetString().Should().Be("published");
        json.GetProperty("html").GetString().Should().Contain("<strong>world</strong>");
        json.GetProperty("markdown").GetString().Should().Be(markdown);
        json.GetProperty("revision").GetInt64().Should().Be(1);
        json.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).Should().Equal("news", "한글");

        var read = await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts/{id}", owner);
        read.StatusCode.Should().Be(HttpStatusCode.OK);
        read.Headers.ETag!.ToString().Should().Be("\"r1\"");
        var document = await ApiClient.ReadJsonAsync(read);
        document.GetProperty("views").GetInt64().Should().Be(0);
        document.GetProperty("likes").GetInt64().Should().Be(0);
        document.GetProperty("date").GetDateTimeOffset().Should().Be(new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.FromHours(9)));
    }

    [Fact]
    public async Task Json_post_round_trips_quotes_colons_and_hangul_through_front_matter()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var title = "He said: \"yes\" — 'no' # not a comment: 서울의 봄";
        List<string> tags = ["yes", "null", "c#", "태그"];
        List<string> categories = ["Backend", "Django"];
        var response = await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/posts", owner, ApiClient.Json(new
        {
            title,
            markdown = "Body with `code`.",
            tags,
            categories,
            description = "- looks like: a list",
            status = "published",
            date = "2024-05-05T12:00:00+09:00",
        }));

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var json = await ApiClient.ReadJsonAsync(response);
        json.GetProperty("title").GetString().Should().Be(title);
        json.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).Should().Equal("yes", "null", "c#", "태그");
        json.GetProperty("categories").EnumerateArray().Select(t => t.GetString()).Should().Equal("Backend", "Django");
        json.GetProperty("description").GetString().Should().Be("- looks like: a list");
        json.GetProperty("status").GetString().Should().Be("published");
        json.GetProperty("date").GetDateTimeOffset().Should().Be(new DateTimeOffset(2024, 5, 5, 12, 0, 0, TimeSpan.FromHours(9)));
        json.GetProperty("markdown").GetString().Should().StartWith("---\n").And.EndWith("Body with `code`.");
    }

    [Fact]
    public async Task Json_post_without_status_is_a_draft()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var response = await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/posts", owner, ApiClient.Json(new { title = "Quiet", markdown = "x" }));
        (await ApiClient.ReadJsonAsync(response)).GetProperty("status").GetString().Should().Be("draft");
    }

    [Fact]
    public async Task Json_put_without_status_keeps_a_published_post_published_and_a_scheduled_one_scheduled()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var (id, etag) = await _api.CreatePostAsync(blog, owner);
        var path = $"/api/v1/blogs/{blog}/posts/{id}";
        var edited = await _api.SendAsync(HttpMethod.Put, path, owner, ApiClient.Json(new { title = "Edited as JSON", markdown = "y" }), etag);
        edited.StatusCode.Should().Be(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        (await ApiClient.ReadJsonAsync(edited)).GetProperty("status").GetString().Should().Be("published");

        var at = DateTimeOffset.UtcNow.AddDays(2);
        var scheduled = await _api.SendAsync(HttpMethod.Post, path + "/schedule", owner, ApiClient.Json(new { at }));
        var again = await _api.SendAsync(HttpMethod.Put, path, owner, ApiClient.Json(new { title = "Still scheduled", markdown = "z" }), scheduled.Headers.ETag!.ToString());
        again.StatusCode.Should().Be(HttpStatusCode.OK, await again.Content.ReadAsStringAsync());
        var json = await ApiClient.ReadJsonAsync(again);
        json.GetProperty("status").GetString().Should().Be("scheduled");
        json.GetProperty("date").GetDateTimeOffset().Should().BeCloseTo(at, TimeSpan.FromSeconds(1));

        var drafted = await _api.SendAsync(HttpMethod.Put, path, owner, ApiClient.Json(new { title = "Now a draft", status = "draft" }), again.Headers.ETag!.ToString());
        (await ApiClient.ReadJsonAsync(drafted)).GetProperty("status").GetString().Should().Be("draft");
    }

    [Fact]
    public async Task Put_needs_if_match_and_a_stale_etag_is_412()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var (id, etag) = await _api.CreatePostAsync(blog, owner);
        var path = $"/api/v1/blogs/{blog}/posts/{id}";

        var missing = await _api.SendAsync(HttpMethod.Put, path, owner, ApiClient.Markdown("---\ntitle: New\n---\nx"));
        (await ApiClient.ExpectProblemAsync(missing, (HttpStatusCode)428)).GetProperty("field").GetString().Should().Be("If-Match");

        var ok = await _api.SendAsync(HttpMethod.Put, path, owner, ApiClient.Markdown("---\ntitle: New\n---\nx"), etag);
        ok.StatusCode.Should().Be(HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());
        ok.Headers.ETag!.ToString().Should().Be("\"r2\"");
        (await ApiClient.ReadJsonAsync(ok)).GetProperty("title").GetString().Should().Be("New");

        var stale = await _api.SendAsync(HttpMethod.Put, path, owner, ApiClient.Markdown("---\ntitle: Newer\n---\nx"), etag);
        (await ApiClient.ExpectProblemAsync(stale, HttpStatusCode.PreconditionFailed)).GetProperty("code").GetString().Should().Be("revision-mismatch");

        var weak = await _api.SendAsync(HttpMethod.Put, path, owner, ApiClient.Markdown("---\ntitle: Newer\n---\nx"), "W/\"r2\"");
        await ApiClient.ExpectProblemAsync(weak, HttpStatusCode.PreconditionFailed);

        var star = await _api.SendAsync(HttpMethod.Put, path, owner, ApiClient.Markdown("---\ntitle: Star\n---\nx"), "*");
        star.StatusCode.Should().Be(HttpStatusCode.OK);
        star.Headers.ETag!.ToString().Should().Be("\"r3\"");

        var garbage = await _api.SendAsync(HttpMethod.Put, path, owner, ApiClient.Markdown("---\ntitle: G\n---\nx"), "not-an-etag");
        await ApiClient.ExpectProblemAsync(garbage, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Two_editors_with_the_same_etag_one_wins_the_other_gets_412()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var (_, first) = await _api.IssueTokenAsync(blog, owner, "editor", "first");
        var (_, second) = await _api.IssueTokenAsync(blog, owner, "editor", "second");
        var (id, etag) = await _api.CreatePostAsync(blog, owner);
        var path = $"/api/v1/blogs/{blog}/posts/{id}";

        var responses = await Task.WhenAll(
            _api.SendAsync(HttpMethod.Put, path, first, ApiClient.Markdown("---\ntitle: From first\n---\nA"), etag),
            _api.SendAsync(HttpMethod.Put, path, second, ApiClient.Markdown("---\ntitle: From second\n---\nB"), etag));

        responses.Select(r => r.StatusCode).Should().BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed]);
        var loser = responses.Single(r => r.StatusCode == HttpStatusCode.PreconditionFailed);
        await ApiClient.ExpectProblemAsync(loser, HttpStatusCode.PreconditionFailed);
        var winner = await ApiClient.ReadJsonAsync(responses.Single(r => r.StatusCode == HttpStatusCode.OK));
        var stored = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, path, owner));
        stored.GetProperty("title").GetString().Should().Be(winner.GetProperty("title").GetString());
        stored.GetProperty("revision").GetInt64().Should().Be(2);
    }

    [Fact]
    public async Task Delete_removes_the_post_and_honours_an_optional_if_match()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var (id, _) = await _api.CreatePostAsync(blog, owner);
        var path = $"/api/v1/blogs/{blog}/posts/{id}";
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Delete, path, owner, ifMatch: "\"r9\""), HttpStatusCode.PreconditionFailed);
        (await _api.SendAsync(HttpMethod.Delete, path, owner, ifMatch: "\"r1\"")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Get, path, owner), HttpStatusCode.NotFound);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Delete, path, owner), HttpStatusCode.NotFound);

        var (other, _) = await _api.CreatePostAsync(blog, owner);
        (await _api.SendAsync(HttpMethod.Delete, $"/api/v1/blogs/{blog}/posts/{other}", owner)).StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Unpublish_publish_and_schedule_change_the_status_and_keep_the_url()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var (id, _) = await _api.CreatePostAsync(blog, owner);
        var path = $"/api/v1/blogs/{blog}/posts/{id}";
        var url = (await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, path, owner))).GetProperty("url").GetString();

        var unpublished = await _api.SendAsync(HttpMethod.Post, path + "/unpublish", owner);
        unpublished.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ApiClient.ReadJsonAsync(unpublished)).GetProperty("status").GetString().Should().Be("draft");

        var published = await _api.SendAsync(HttpMethod.Post, path + "/publish", owner, ifMatch: unpublished.Headers.ETag!.ToString());
        published.StatusCode.Should().Be(HttpStatusCode.OK);
        var publishedJson = await ApiClient.ReadJsonAsync(published);
        publishedJson.GetProperty("status").GetString().Should().Be("published");
        publishedJson.GetProperty("url").GetString().Should().Be(url);

        var at = DateTimeOffset.UtcNow.AddDays(3);
        var scheduled = await _api.SendAsync(HttpMethod.Post, path + "/schedule", owner, ApiClient.Json(new { at }));
        scheduled.StatusCode.Should().Be(HttpStatusCode.OK, await scheduled.Content.ReadAsStringAsync());
        var scheduledJson = await ApiClient.ReadJsonAsync(scheduled);
        scheduledJson.GetProperty("status").GetString().Should().Be("scheduled");
        scheduledJson.GetProperty("date").GetDateTimeOffset().Should().BeCloseTo(at, TimeSpan.FromSeconds(1));

        var past = await _api.SendAsync(HttpMethod.Post, path + "/schedule", owner, ApiClient.Json(new { at = DateTimeOffset.UtcNow.AddDays(-1) }));
        (await ApiClient.ExpectProblemAsync(past, HttpStatusCode.BadRequest)).GetProperty("field").GetString().Should().Be("at");
        var none = await _api.SendAsync(HttpMethod.Post, path + "/schedule", owner, ApiClient.Json(new { }));
        (await ApiClient.ExpectProblemAsync(none, HttpStatusCode.BadRequest)).GetProperty("field").GetString().Should().Be("at");
        var stale = await _api.SendAsync(HttpMethod.Post, path + "/publish", owner, ifMatch: "\"r1\"");
        await ApiClient.ExpectProblemAsync(stale, HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task List_is_paged_ghost_style_and_filters_by_status_and_tag()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        for (var i = 0; i < 5; i++)
        {
            await _api.CreatePostAsync(blog, owner, $"---\ntitle: Post {i}\ndate: 2024-01-0{i + 1}\ntags: [{(i % 2 == 0 ? "even" : "odd")}]\n---\nx");
        }

        await _api.CreatePostAsync(blog, owner, "---\ntitle: Draft\ndraft: true\n---\nx");

        var first = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts?limit=2", owner));
        first.GetProperty("posts").GetArrayLength().Should().Be(2);
        var pagination = first.GetProperty("meta").GetProperty("pagination");
        pagination.GetProperty("page").GetInt32().Should().Be(1);
        pagination.GetProperty("limit").GetInt32().Should().Be(2);
        pagination.GetProperty("pages").GetInt32().Should().Be(3);
        pagination.GetProperty("total").GetInt32().Should().Be(6);
        pagination.GetProperty("next").GetInt32().Should().Be(2);
        pagination.GetProperty("prev").ValueKind.Should().Be(JsonValueKind.Null);

        var last = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts?limit=2&page=3", owner));
        last.GetProperty("meta").GetProperty("pagination").GetProperty("next").ValueKind.Should().Be(JsonValueKind.Null);
        last.GetProperty("meta").GetProperty("pagination").GetProperty("prev").GetInt32().Should().Be(2);

        var drafts = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts?status=draft", owner));
        drafts.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("title").GetString()).Should().Equal("Draft");

        var odd = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts?tag=odd", owner));
        odd.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("title").GetString()).Should().Equal("Post 3", "Post 1");
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=99999999999", "page")]
    [InlineData("status=gone", "status")]
    public async Task List_bounds_are_checked(string query, string field)
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var response = await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts?{query}", owner);
        (await ApiClient.ExpectProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("field").GetString().Should().Be(field);
    }

    [Fact]
    public async Task Slug_conflicts_are_409_naming_the_slug()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        await _api.CreatePostAsync(blog, owner, "---\ntitle: A\nslug: same\n---\nx");
        var response = await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/posts", owner, ApiClient.Markdown("---\ntitle: B\nslug: same\n---\nx"));
        (await ApiClient.ExpectProblemAsync(response, HttpStatusCode.Conflict)).GetProperty("field").GetString().Should().Be("slug");
    }

    [Fact]
    public async Task Broken_front_matter_is_a_400_with_line_and_column()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var response = await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/posts", owner, ApiClient.Markdown("---\ntitle: ok\ntags: [unclosed\n---\nbody"));
        var problem = await ApiClient.ExpectProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("code").GetString().Should().Be("invalid-content");
        problem.GetProperty("line").GetInt32().Should().BeGreaterThan(1);
        problem.GetProperty("column").GetInt32().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Unknown_post_is_a_404_problem()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts/nothere", owner), HttpStatusCode.NotFound);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts/bad%20id!", owner), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Post_url_uses_the_path_prefix_when_the_platform_domain_is_localhost()
    {
        await using var local = new LocalhostFactory();
        var api = new ApiClient(local.CreateClient());
        var (blog, owner) = await api.CreateBlogAsync();
        var response = await api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/posts", owner, ApiClient.Markdown("---\ntitle: 안녕 세상\n---\nx"));
        var url = (await ApiClient.ReadJsonAsync(response)).GetProperty("url").GetString();
        url.Should().StartWith($"http://localhost/@{blog}/").And.EndWith($"/{Uri.EscapeDataString("안녕-세상")}/");
    }

    private sealed class LocalhostFactory : AuthorApiFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Platform:Domain", "localhost");
        }
    }
}
