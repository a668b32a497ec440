using System.Net;
using Platform.Testing.WordPress;

namespace Platform.Gateway.Tests.Api;

/// <summary><c>?downloadAttachments=true</c> on the WordPress import: attachments fetched into the importing blog's media.</summary>
public sealed class WordPressAttachmentApiTests(AttachmentApiFactory relaxed, AuthorApiFactory standard)
    : IClassFixture<AttachmentApiFactory>, IClassFixture<AuthorApiFactory>
{
    [Fact]
    public async Task The_flag_downloads_the_attachments_into_the_blogs_media_and_reports_each_one()
    {
        await using var server = await AttachmentServer.StartAsync();
        var api = new ApiClient(relaxed.CreateClient());
        var (blog, owner) = await api.CreateBlogAsync();
        var (other, otherOwner) = await api.CreateBlogAsync();

        var response = await api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/import/wordpress?downloadAttachments=true", owner, ForeignExports.Body(server.Export(), "application/xml"));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var report = await ApiClient.ReadJsonAsync(response);
        var attachments = report.GetProperty("attachments").EnumerateArray().ToArray();
        attachments.Select(a => a.GetProperty("outcome").GetString()).Should().Equal("downloaded", "downloaded", "refused", "failed", "refused", "refused", "refused");
        attachments[0].GetProperty("path").GetString().Should().Be($"/media/{attachments[0].GetProperty("mediaId").GetString()}/640w.png");
        attachments[2].GetProperty("mediaId").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        attachments[2].GetProperty("reason").GetString().Should().Contain("not a JPEG, PNG, GIF or WebP image");
        var media = await ApiClient.ReadJsonAsync(await api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/media", owner));
        media.GetProperty("media").EnumerateArray().Select(m => m.GetProperty("path").GetString())
            .Should().BeEquivalentTo(attachments.Take(2).Select(a => a.GetProperty("path").GetString()));
        var elsewhere = await ApiClient.ReadJsonAsync(await api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{other}/media", otherOwner));
        elsewhere.GetProperty("media").GetArrayLength().Should().Be(0, "the media belongs to the importing blog only");
        var postId = report.GetProperty("files")[0].GetProperty("postId").GetString();
        var post = await ApiClient.ReadJsonAsync(await api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{blog}/posts/{postId}", owner));
        post.GetProperty("image").GetString().Should().Be(attachments[1].GetProperty("path").GetString(), "the featured image is the downloaded copy");
        post.GetProperty("markdown").GetString().Should().Contain($"src=\"{attachments[0].GetProperty("path").GetString()}\"");
    }

    [Fact]
    public async Task Without_the_relaxed_policy_an_export_on_a_loopback_address_is_refused_and_nothing_is_fetched()
    {
        await using var server = await AttachmentServer.StartAsync();
        var api = new ApiClient(standard.CreateClient());
        var (blog, owner) = await api.CreateBlogAsync();

        var response = await api.SendAsync(HttpMethod.Post, $"/api/v1/blogs/{blog}/import/wordpress?downloadAttachments=true", owner, ForeignExports.Body(server.Export(), "application/xml"));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var attachments = (await ApiClient.ReadJsonAsync(response)).GetProperty("attachments").EnumerateArray().ToArray();
        attachments.Should().OnlyContain(a => a.GetProperty("outcome").GetString() == "refused");
        attachments[0].GetProperty("reason").GetString().Should().Contain("local or private address");
        server.RequestsFor("sea.png").Should().Be(0);
    }
}
