using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Platform.Gateway.Tests.Api;

namespace Platform.Gateway.Tests.Hosting;

/// <summary>Runs the gateway on real Kestrel (loopback, a free port): TestServer does not enforce body limits.</summary>
public sealed class RequestLimitTests
{
    private const int Limit = 1024;

    [Fact]
    public async Task A_body_at_the_configured_limit_is_read_and_one_byte_over_is_a_413_problem_on_kestrel()
    {
        await using var factory = new SmallBodyFactory();
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        using var client = factory.CreateClient();
        client.BaseAddress!.Host.Should().Be("127.0.0.1");

        var atLimit = await CreateBlogAsync(client, Limit);
        atLimit.StatusCode.Should().NotBe(HttpStatusCode.RequestEntityTooLarge, "a body of exactly the limit is accepted and read");
        atLimit.StatusCode.Should().Be(HttpStatusCode.BadRequest, "it then fails validation (the title is too long), which proves it was read");

        var over = await CreateBlogAsync(client, Limit + 1);
        over.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        over.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    /// <summary>POST /api/v1/blogs with a JSON body of exactly <paramref name="bytes"/> bytes.</summary>
    private static async Task<HttpResponseMessage> CreateBlogAsync(HttpClient client, int bytes)
    {
        const string head = "{\"name\":\"limits\",\"title\":\"";
        const string tail = "\"}";
        var json = head + new string('x', bytes - head.Length - tail.Length) + tail;
        Encoding.UTF8.GetByteCount(json).Should().Be(bytes);
        using var request = ApiClient.Request(HttpMethod.Post, "/api/v1/blogs", AuthorApiFactory.AdminToken, new StringContent(json, Encoding.UTF8, "application/json"));
        return await client.SendAsync(request);
    }

    private sealed class SmallBodyFactory : AuthorApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Platform:MaxRequestBodySize", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Urls", "");
        }
    }
}
