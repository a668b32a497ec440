using System.Net;

namespace Platform.Gateway.Tests.Api;

/// <summary>What each role may do with posts: owners and editors everything; authors their own; contributors their own drafts.</summary>
public sealed class RolesTests(AuthorApiFactory factory) : IClassFixture<AuthorApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    [Theory]
    [InlineData("owner")]
    [InlineData("editor")]
    public async Task Owners_and_editors_change_every_post(string role)
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var (_, token) = role == "owner" ? (null, owner) : await _api.IssueTokenAsync(blog, owner, role);
        var (_, author) = await _api.IssueTokenAsync(blog, owner, "author");
        var (id, etag) = await _api.CreatePostAsync(blog, author);
        var path = $"/api/v1/blogs/{blog}/posts/{id}";
        (await _api.SendAsync(HttpMethod.Put, path, token, ApiClient.Markdown("---\ntitle: Edited\n---\nx"), etag)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await _api.SendAsync(HttpMethod.Post, path + "/unpublish", token)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await _api.SendAsync(HttpMethod.Post, path + "/publish", token)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await _api.SendAsync(HttpMethod.Delete, path, token)).StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Authors_change_only_their_own_posts()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var (authorId, author) = await _api.IssueTokenAsync(blog, owner, "author");
        var (_, otherAuthor) = await _api.IssueTokenAsync(blog, owner, "author", "other");
        var (mine, mineTag) = await _api.CreatePostAsync(blog, author);
        var (theirs, theirsTag) = await _api.CreatePostAsync(blog, owner);

        var created = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts/{mine}", author));
        created.GetProperty("owner").GetString().Should().Be(authorId);
        created.GetProperty("status").GetString().Should().Be("published");

        var minePath = $"/api/v1/blogs/{blog}/posts/{mine}";
        var theirsPath = $"/api/v1/blogs/{blog}/posts/{theirs}";
        (await _api.SendAsync(HttpMethod.Put, minePath, author, ApiClient.Markdown("---\ntitle: Mine\n---\nx"), mineTag)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await _api.SendAsync(HttpMethod.Post, minePath + "/unpublish", author)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await _api.SendAsync(HttpMethod.Post, minePath + "/schedule", author, ApiClient.Json(new { at = DateTimeOffset.UtcNow.AddDays(1) }))).StatusCode.Should().Be(HttpStatusCode.OK);

        (await _api.SendAsync(HttpMethod.Get, theirsPath, author)).StatusCode.Should().Be(HttpStatusCode.OK);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Put, theirsPath, author, ApiClient.Markdown("---\ntitle: Stolen\n---\nx"), theirsTag), HttpStatusCode.Forbidden);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, theirsPath + "/unpublish", author), HttpStatusCode.Forbidden);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Delete, theirsPath, author), HttpStatusCode.Forbidden);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Delete, minePath, otherAuthor), HttpStatusCode.Forbidden);
        (await _api.SendAsync(HttpMethod.Delete, minePath, author)).StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Contributors_save_only_drafts_and_never_publish()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var (_, contributor) = await _api.IssueTokenAsync(blog, owner, "contributor");

        // A Markdown file that would be public is stored as a draft.
        var (id, etag) = await _api.CreatePostAsync(blog, contributor, "---\ntitle: Eager\n---\nx");
        var path = $"/api/v1/blogs/{blog}/posts/{id}";
        (await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, path, owner))).GetProperty("status").GetString().Should().Be("draft");
        var list = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts?status=published", owner));
        list.GetProperty("posts").GetArrayLength().Should().Be(0);

        var edited = await _api.SendAsync(HttpMethod.Put, path, contributor, ApiClient.Markdown("---\ntitle: Still eager\ndraft: false\n---\nx"), etag);
        edited.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ApiClient.ReadJsonAsync(edited)).GetProperty("status").GetString().Should().Be("draft");

        // As in the domain: the draft stays a draft until a role that may publish saves front matter that publishes it.
        var (_, editor) = await _api.IssueTokenAsync(blog, owner, "editor");
        var reviewed = await _api.SendAsync(HttpMethod.Put, path, editor, ApiClient.Markdown("---\ntitle: Reviewed\n---\nx"), edited.Headers.ETag!.Tag);
        reviewed.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ApiClient.ReadJsonAsync(reviewed)).GetProperty("status").GetString().Should().Be("published");
        (await ApiClient.ReadJsonAsync(reviewed)).GetProperty("owner").GetString().Should().NotBeNull("the contributor stays the post's owner");

        var asJson = await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/posts", contributor, ApiClient.Json(new { title = "x", status = "published" }));
        await ApiClient.ExpectProblemAsync(asJson, HttpStatusCode.Forbidden);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, path + "/publish", contributor), HttpStatusCode.Forbidden);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, path + "/schedule", contributor, ApiClient.Json(new { at = DateTimeOffset.UtcNow.AddDays(1) })), HttpStatusCode.Forbidden);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, path + "/unpublish", contributor), HttpStatusCode.Forbidden);

        // Once an editor publishes it, it is no longer the contributor's to change.
        (await _api.SendAsync(HttpMethod.Post, path + "/publish", owner)).StatusCode.Should().Be(HttpStatusCode.OK);
        var current = await _api.ETagAsync(blog, id, owner);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Put, path, contributor, ApiClient.Markdown("---\ntitle: Late\n---\nx"), current), HttpStatusCode.Forbidden);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Delete, path, contributor), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("author")]
    [InlineData("contributor")]
    public async Task Only_owners_and_editors_import(string role)
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var (_, token) = await _api.IssueTokenAsync(blog, owner, role);
        using var zip = ImportApiTests.ZipContent(("_posts/2024-01-01-a.md", "---\ntitle: A\n---\nx"));
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/import/jekyll", token, zip), HttpStatusCode.Forbidden);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/import/ghost", token, ForeignExports.Ghost()), HttpStatusCode.Forbidden);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/import/wordpress", token, ForeignExports.WordPress()), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("owner")]
    [InlineData("editor")]
    [InlineData("author")]
    [InlineData("contributor")]
    public async Task Every_role_reads_every_post_drafts_included(string role)
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var (_, token) = role == "owner" ? (null, owner) : await _api.IssueTokenAsync(blog, owner, role);
        var (draft, _) = await _api.CreatePostAsync(blog, owner, "---\ntitle: Secret plan\ndraft: true\n---\nx");
        await _api.CreatePostAsync(blog, owner);

        var list = await ApiClient.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts", token));
        list.GetProperty("meta").GetProperty("pagination").GetProperty("total").GetInt32().Should().Be(2);
        var read = await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts/{draft}", token);
        read.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ApiClient.ReadJsonAsync(read)).GetProperty("status").GetString().Should().Be("draft");
    }

    [Fact]
    public async Task The_administrator_acts_on_any_blog_and_its_posts_have_no_owner()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var (_, author) = await _api.IssueTokenAsync(blog, owner, "author");
        var created = await _api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/posts", AuthorApiFactory.AdminToken, ApiClient.Markdown("---\ntitle: From the admin\n---\nx"));
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var json = await ApiClient.ReadJsonAsync(created);
        json.GetProperty("owner").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        var path = $"/api/v1/blogs/{blog}/posts/{json.GetProperty("id").GetString()}";
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Delete, path, author), HttpStatusCode.Forbidden);
        (await _api.SendAsync(HttpMethod.Patch, $"/api/v1/blogs/{blog}", AuthorApiFactory.AdminToken, ApiClient.Json(new { title = "Retitled" }))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await _api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/tokens", AuthorApiFactory.AdminToken)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await _api.SendAsync(HttpMethod.Delete, path, AuthorApiFactory.AdminToken)).StatusCode.Should().Be(HttpStatusCode.NoContent);
    }
}
