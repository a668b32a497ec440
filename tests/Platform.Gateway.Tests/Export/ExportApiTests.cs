using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Access;
using Platform.Blogging.Accounts;
using Platform.Gateway.Tests.Api;

namespace Platform.Gateway.Tests.Export;

/// <summary>Who may export (owners and the administrator), what the answer looks like, and that no token or hash is in it.</summary>
public sealed class ExportApiTests(AuthorApiFactory factory) : IClassFixture<AuthorApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    private static string PathOf(string blog) => $"/api/v1/blogs/{blog}/export";

    [Fact]
    public async Task The_owner_gets_a_zip_attachment_with_a_safe_file_name()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        await _api.CreatePostAsync(blog, owner);
        var response = await _api.SendAsync(HttpMethod.Get, PathOf(blog), owner);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/zip");
        var disposition = response.Content.Headers.ContentDisposition!;
        disposition.DispositionType.Should().Be("attachment");
        disposition.FileName!.Trim('"').Should().MatchRegex($"^{blog}-export-[0-9]{{8}}-[0-9]{{6}}\\.zip$");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        ExportZip.Read(await response.Content.ReadAsByteArrayAsync()).PostFiles.Should().HaveCount(1);
    }

    [Fact]
    public async Task The_administrator_may_export_any_blog()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        await _api.CreatePostAsync(blog, owner);
        (await ExportZip.DownloadAsync(_api, blog, AuthorApiFactory.AdminToken)).PostFiles.Should().HaveCount(1);
    }

    [Theory]
    [InlineData("editor")]
    [InlineData("author")]
    [InlineData("contributor")]
    public async Task Roles_below_owner_are_403(string role)
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var (_, token) = await _api.IssueTokenAsync(blog, owner, role);
        var problem = await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Get, PathOf(blog), token), HttpStatusCode.Forbidden);
        problem.GetProperty("code").GetString().Should().Be("forbidden");
    }

    [Fact]
    public async Task Another_blogs_owner_token_is_403()
    {
        var (victim, victimOwner) = await _api.CreateBlogAsync();
        await _api.CreatePostAsync(victim, victimOwner, "---\ntitle: Private draft\ndraft: true\n---\nSecret plans.\n");
        var (_, intruder) = await _api.CreateBlogAsync();
        var response = await _api.SendAsync(HttpMethod.Get, PathOf(victim), intruder);
        var problem = await ApiClient.ExpectProblemAsync(response, HttpStatusCode.Forbidden);
        problem.GetProperty("code").GetString().Should().Be("forbidden");
        response.Content.Headers.ContentDisposition.Should().BeNull();
        (await response.Content.ReadAsStringAsync()).Should().NotContain("Secret plans");
    }

    [Fact]
    public async Task Without_a_valid_token_it_is_401()
    {
        var (blog, _) = await _api.CreateBlogAsync();
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Get, PathOf(blog), null), HttpStatusCode.Unauthorized);
        await ApiClient.ExpectProblemAsync(await _api.SendAsync(HttpMethod.Get, PathOf(blog), $"plt_{blog}_forged"), HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("nosuchblog0")]
    [InlineData("NOT_A_NAME")]
    [InlineData("a..b")]
    public async Task An_unknown_blog_is_404_for_the_administrator(string blog)
    {
        var response = await _api.SendAsync(HttpMethod.Get, PathOf(Uri.EscapeDataString(blog)), AuthorApiFactory.AdminToken);
        var problem = await ApiClient.ExpectProblemAsync(response, HttpStatusCode.NotFound);
        problem.GetProperty("code").GetString().Should().Be("blog-not-found");
        response.Content.Headers.ContentDisposition.Should().BeNull("a refusal is a problem, not an attachment");
    }

    [Fact]
    public async Task A_post_that_its_rebuilt_front_matter_takes_over_the_size_limit_is_a_warning()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        const string head = "---\ntitle: Big\n---\n";
        await _api.CreatePostAsync(blog, owner, head + new string('a', 65536 - head.Length - 1) + "\n");
        var document = (await ExportZip.DownloadAsync(_api, blog, owner)).Document;
        document.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()).Should().ContainSingle()
            .Which.Should().Contain("_posts/").And.Contain("Blogging:MaxBodyBytes");
    }

    [Fact]
    public async Task The_zip_holds_no_token_and_no_token_hash()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var (_, editor) = await _api.IssueTokenAsync(blog, owner, "editor");
        var (_, author) = await _api.IssueTokenAsync(blog, owner, "author");
        await _api.CreatePostAsync(blog, owner);
        await _api.CreatePostAsync(blog, author, "---\ntitle: By the author\n---\nWritten with an author token.\n");
        await _api.CreatePostAsync(blog, editor, "---\ntitle: By the editor\ndraft: true\n---\nA draft.\n");

        var exported = await ExportZip.DownloadAsync(_api, blog, owner);
        var text = string.Concat(exported.Files.Values);
        var raw = Encoding.Latin1.GetString(exported.Bytes);
        foreach (var token in new[] { owner, editor, author, AuthorApiFactory.AdminToken })
        {
            var hash = AccessTokens.Hash(token);
            text.Should().NotContain(token).And.NotContain(hash).And.NotContain(hash.ToUpperInvariant());
            raw.Should().NotContain(token).And.NotContain(hash);
        }

        text.Should().NotContain("plt_", "no token of any blog is written");
        exported.Document.GetProperty("posts").GetArrayLength().Should().Be(3);
    }

    [Fact]
    public async Task The_document_holds_the_navigation_the_members_and_each_posts_revisions_but_no_invitation()
    {
        var (blog, owner) = await _api.CreateBlogAsync();
        var patch = JsonContent.Create(new { navigation = new[] { new { label = "소개", url = "/about/" } } });
        (await _api.SendAsync(HttpMethod.Patch, $"/api/v1/blogs/{blog}", owner, patch)).StatusCode.Should().Be(HttpStatusCode.OK);
        var accounts = factory.Services.GetRequiredService<AccountService>();
        var access = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IBlogAccessGrain>(blog);
        var bea = await accounts.RegisterAsync($"bea-{blog}@example.com", "Bea", "password for bea", "ko");
        await accounts.AcceptAsync((await access.Invite(bea.Email, TokenRole.Author, "admin")).Token, bea);
        var pending = await access.Invite("cy@example.com", TokenRole.Editor, "admin");
        var (id, _) = await _api.CreatePostAsync(blog, owner, "---\ntitle: First words\n---\nThe first body.\n");

        var document = (await ExportZip.DownloadAsync(_api, blog, owner)).Document;

        var navigation = document.GetProperty("blog").GetProperty("navigation").EnumerateArray().Single();
        navigation.GetProperty("label").GetString().Should().Be("소개");
        navigation.GetProperty("url").GetString().Should().Be("/about/");
        var member = document.GetProperty("members").EnumerateArray().Single();
        member.GetProperty("userId").GetString().Should().Be(bea.Id);
        member.GetProperty("email").GetString().Should().Be(bea.Email);
        member.GetProperty("name").GetString().Should().Be("Bea");
        member.GetProperty("role").GetString().Should().Be("author");
        var post = document.GetProperty("posts").EnumerateArray().Single(p => p.GetProperty("id").GetString() == id);
        var revision = post.GetProperty("revisions").EnumerateArray().Single();
        revision.GetProperty("number").GetInt64().Should().Be(1);
        revision.GetProperty("reason").GetString().Should().NotBeNullOrEmpty();
        revision.GetProperty("source").GetString().Should().Be(post.GetProperty("source").GetString());
        var text = document.GetRawText();
        text.Should().NotContain(pending.Token).And.NotContain("cy@example.com", "an invitation not yet accepted is not a member");
    }
}
