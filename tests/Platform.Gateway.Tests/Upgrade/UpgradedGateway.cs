using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Platform.Gateway.Tests.Api;

namespace Platform.Gateway.Tests.Upgrade;

/// <summary>The current gateway started over data the previous release wrote, and every check of "nothing lost".</summary>
public sealed class UpgradedGateway(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    private const string Browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

    /// <summary>Checks blogs, posts, revisions, tokens, roles, views, likes, the schedule, drafts, redirects, tags and the custom domain.</summary>
    public async Task CheckNothingWasLostAsync(UpgradeFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        using var http = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        http.DefaultRequestHeaders.UserAgent.ParseAdd(Browser);
        var api = new ApiClient(http);

        // Blogs and their pages.
        (await http.GetStringAsync("/@upgrade/")).Should().Contain("업그레이드 blog");
        (await http.GetAsync("/@demo/")).StatusCode.Should().Be(HttpStatusCode.OK, "the demo blog of the old data folder is kept");

        // Tokens: every live one authenticates with its role; the revoked one does not.
        foreach (var token in new[] { fixture.Owner, fixture.Editor, fixture.Author, fixture.Contributor })
        {
            (await api.SendAsync(HttpMethod.Get, "/api/v1/blogs/upgrade", token)).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        (await api.SendAsync(HttpMethod.Get, "/api/v1/blogs/upgrade", fixture.Revoked)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var tokens = await ApiClient.ReadJsonAsync(await api.SendAsync(HttpMethod.Get, "/api/v1/blogs/upgrade/tokens", fixture.Owner));
        tokens.EnumerateArray().Select(t => (t.GetProperty("name").GetString(), t.GetProperty("role").GetString()))
            .Should().BeEquivalentTo(new[] { ("owner", "owner"), ("editor", "editor"), ("author", "author"), ("contributor", "contributor"), ("revoked", "editor") });

        // The edited post: revision, counters, and the ETag that continues.
        var first = await api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/upgrade/posts/{fixture.First}", fixture.Owner);
        first.Headers.ETag!.Tag.Should().Be($"\"r{fixture.FirstRevision}\"");
        var post = await ApiClient.ReadJsonAsync(first);
        post.GetProperty("views").GetInt64().Should().Be(fixture.FirstViews);
        post.GetProperty("likes").GetInt64().Should().Be(fixture.FirstLikes);
        post.GetProperty("markdown").GetString().Should().Contain("Version **three**.");
        post.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).Should().Equal("intro", "한글");

        // Roles and ownership: the author may not edit the owner's post; the contributor may not publish.
        (await api.SendAsync(HttpMethod.Put, $"/api/v1/blogs/upgrade/posts/{fixture.First}", fixture.Author, ApiClient.Markdown("---\ntitle: x\n---\nx"), $"\"r{fixture.FirstRevision}\""))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/upgrade/posts/{fixture.Draft}/publish", fixture.Contributor))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);

        // Statuses: the draft, the author's post, the post scheduled for 2030.
        (await PostAsync(api, fixture, fixture.Draft)).GetProperty("status").GetString().Should().Be("draft");
        (await PostAsync(api, fixture, fixture.ByAuthor)).GetProperty("owner").GetString().Should().NotBeNull();
        var later = await PostAsync(api, fixture, fixture.Later);
        later.GetProperty("status").GetString().Should().Be("scheduled");
        later.GetProperty("date").GetDateTimeOffset().Should().Be(new DateTimeOffset(2030, 1, 1, 9, 0, 0, TimeSpan.FromHours(9)));

        // Readers: the page with its counts, the old permalink's redirect, the tag page, the custom domain.
        var page = await http.GetStringAsync(fixture.FirstPath);
        page.Should().Contain($"<span class=\"likes\">{fixture.FirstLikes} 좋아요</span>", "the blog is Korean");
        page.Should().Contain($"<span class=\"views\">{fixture.FirstViews + 1} 조회</span>", "the stored views plus this one");
        var moved = await http.GetAsync(fixture.FormerFirstPath);
        moved.StatusCode.Should().Be(HttpStatusCode.MovedPermanently);
        moved.Headers.Location!.ToString().Should().EndWith(fixture.FirstPath["/@upgrade".Length..]);
        var tag = await http.GetStringAsync("/@upgrade/tags/intro/");
        tag.Should().Contain("첫 글").And.Contain("By the author");
        using var byDomain = new HttpRequestMessage(HttpMethod.Get, "/");
        byDomain.Headers.Host = fixture.CustomDomain;
        (await http.SendAsync(byDomain)).StatusCode.Should().Be(HttpStatusCode.OK, "the custom domain still serves the blog");

        // Writing goes on: the next revision is r4.
        var edited = await api.SendAsync(HttpMethod.Put, $"/api/v1/blogs/upgrade/posts/{fixture.First}", fixture.Owner,
            ApiClient.Markdown("---\ntitle: \"첫 글\"\nslug: renamed-post\ntags: [intro, 한글]\ncategories: [notes, daily]\n---\nVersion **four**."), $"\"r{fixture.FirstRevision}\"");
        edited.StatusCode.Should().Be(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        edited.Headers.ETag!.Tag.Should().Be($"\"r{fixture.FirstRevision + 1}\"");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in FreePort.SiloSettings().Concat(settings))
        {
            builder.UseSetting(key, value);
        }
    }

    private static async Task<JsonElement> PostAsync(ApiClient api, UpgradeFixture fixture, string id) =>
        await ApiClient.ReadJsonAsync(await api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/upgrade/posts/{id}", fixture.Owner));
}
