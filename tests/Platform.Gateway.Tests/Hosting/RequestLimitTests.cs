using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;

namespace Platform.Gateway.Tests.Hosting;

/// <summary>Runs the gateway on real Kestrel (loopback, a free port): TestServer does not enforce body limits.</summary>
public sealed class RequestLimitTests
{
    [Fact]
    public async Task Body_over_the_configured_limit_is_a_413_problem_on_kestrel()
    {
        await using var factory = new SmallBodyFactory();
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        using var client = factory.CreateClient();
        client.BaseAddress!.Host.Should().Be("127.0.0.1");

        var small = await client.PostAsync("/api/test/echo", new StringContent("{\"title\":\"x\",\"count\":1}", Encoding.UTF8, "application/json"));
        small.StatusCode.Should().Be(HttpStatusCode.OK);

        var json = "{\"title\":\"" + new string('x', 4096) + "\",\"count\":1}";
        var large = await client.PostAsync("/api/test/echo", new StringContent(json, Encoding.UTF8, "application/json"));
        large.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        large.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    private sealed class SmallBodyFactory : ApiGatewayFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Platform:MaxRequestBodySize"] = "1024" };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Urls", "");
        }
    }
}
