using System.Net;

namespace Platform.Gateway.Tests.Api;

public sealed class NoAdminTests(NoAdminApiFactory factory) : IClassFixture<NoAdminApiFactory>
{
    [Fact]
    public async Task Without_an_admin_token_blog_creation_is_off()
    {
        var api = new ApiClient(factory.CreateClient());
        var response = await api.SendAsync(HttpMethod.Post, "/api/v1/blogs", "anything", ApiClient.Json(new { name = "someblog", title = "x" }));
        (await ApiClient.ExpectProblemAsync(response, HttpStatusCode.Forbidden)).GetProperty("code").GetString().Should().Be("admin-disabled");
    }
}
