using System.Net;

namespace Platform.Gateway.Tests.Api;

/// <summary>A post's revisions through the author API: list, read, restore with If-Match, roles, OpenAPI.</summary>
public sealed class RevisionsApiTests(AuthorApiFactory factory) : IClassFixture<AuthorApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    [Fact]
    public async Task Saves_are_listed_newest_first_and_read_one_by_one_with_their_markdown()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var (id, etag) = await _api.CreatePostAsync(blog, owner, "---\ntitle: First\n---\none");
        (await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/posts/{id}/unpublish", owner, ifMatch: etag)).StatusCode.Should().Be(HttpStatusCode.OK);

        var list = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts/{id}/revisions", owner));
        list.GetProperty("limit").GetInt32().Should().Be(25);
        var revisions = list.GetProperty("revisions").EnumerateArray().ToArray();
        revisions.Select(r => r.GetProperty("number").GetInt64()).Should().Equal(2, 1);
        revisions.Select(r => r.GetProperty("reason").GetString()).Should().Equal("unpublish", "save");
        revisions[0].GetProperty("markdown").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null, "lists carry no sources");

        var one = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts/{id}/revisions/1", owner));
        one.GetProperty("markdown").GetString().Should().Be("---\ntitle: First\n---\none");
        one.GetProperty("title").GetString().Should().Be("First");
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts/{id}/revisions/9", owner), HttpStatusCode.NotFound);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts/{id}/revisions/zero", owner), HttpStatusCode.BadRequest);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts/nosuchpost/revisions", owner), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Restore_makes_a_new_version_and_honours_if_match()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var (_, editor) = await _api.IssueTokenAsync(blog, owner, "editor");
        var (id, etag) = await _api.CreatePostAsync(blog, owner, "---\ntitle: Before\n---\nold text");
        // Another writer's save opens a new revision (the same writer's saves within ten minutes share one).
        var put = await _api.SendAsync(HttpMethod.Put, $"/api/v1/blogs/{blog}/posts/{id}", editor, ApiClient.Markdown("---\ntitle: After\n---\nnew text"), etag);
        put.StatusCode.Should().Be(HttpStatusCode.OK);
        var current = put.Headers.ETag!.Tag;
        var restore = $"/api/v1/blogs/{blog}/posts/{id}/revisions/1/restore";

        var stale = await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, restore, owner, ifMatch: etag), HttpStatusCode.PreconditionFailed);
        stale.GetProperty("code").GetString().Should().Be("revision-mismatch");
        var restored = await _api.SendAsync(HttpMethod.Post, restore, owner, ifMatch: current);

        restored.StatusCode.Should().Be(HttpStatusCode.OK);
        restored.Headers.ETag!.Tag.Should().NotBe(current);
        var post = await ApiClient.ReadJsonAsync(restored);
        post.GetProperty("title").GetString().Should().Be("Before");
        post.GetProperty("status").GetString().Should().Be("published", "the post keeps its status");
        var list = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts/{id}/revisions", owner));
        var top = list.GetProperty("revisions")[0];
        top.GetProperty("reason").GetString().Should().Be("restore");
        top.GetProperty("restoredFrom").GetInt64().Should().Be(1);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/posts/{id}/revisions/40/restore", owner), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Revisions_follow_the_editing_rules_of_each_role()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var (authorId, author) = await _api.IssueTokenAsync(blog, owner, "author");
        var (_, contributor) = await _api.IssueTokenAsync(blog, owner, "contributor");
        var (theirs, _) = await _api.CreatePostAsync(blog, owner);
        var (mine, _) = await _api.CreatePostAsync(blog, author);

        (await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts/{mine}/revisions", author)).StatusCode.Should().Be(HttpStatusCode.OK);
        var list = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts/{mine}/revisions", owner));
        list.GetProperty("revisions")[0].GetProperty("by").GetString().Should().Be(authorId);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts/{theirs}/revisions", author), HttpStatusCode.Forbidden);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts/{theirs}/revisions/1", author), HttpStatusCode.Forbidden);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/posts/{theirs}/revisions/1/restore", author), HttpStatusCode.Forbidden);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/posts/{mine}/revisions/1/restore", contributor), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_revision_endpoints()
    {
        var response = await _api.Http.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        var paths = (await ApiClient.ReadJsonAsync(response)).GetProperty("paths");

        paths.GetProperty("/api/v1/blogs/{blog}/posts/{id}/revisions").GetProperty("get").GetProperty("operationId").GetString().Should().Be("ListPostRevisions");
        paths.GetProperty("/api/v1/blogs/{blog}/posts/{id}/revisions/{n}").GetProperty("get").GetProperty("operationId").GetString().Should().Be("GetPostRevision");
        var restore = paths.GetProperty("/api/v1/blogs/{blog}/posts/{id}/revisions/{n}/restore").GetProperty("post");
        restore.GetProperty("responses").TryGetProperty("412", out _).Should().BeTrue();
    }
}
