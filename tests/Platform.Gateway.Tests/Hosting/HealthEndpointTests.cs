using System.Net;
using System.Text.Json;

namespace Platform.Gateway.Tests.Hosting;

public sealed class HealthEndpointTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Theory]
    [InlineData("/health/live", "self")]
    [InlineData("/health/ready", "accepting-traffic")]
    [InlineData("/health/startup", "host-started")]
    public async Task Probe_answers_200_with_a_json_report_in_production(string path, string check)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        report.RootElement.GetProperty("status").GetString().Should().Be("Healthy");
        report.RootElement.GetProperty("checks").GetProperty(check).GetProperty("status").GetString().Should().Be("Healthy");
    }

    [Theory]
    [InlineData("alice.example")]
    [InlineData("unknown.example")]
    [InlineData("10.1.2.3:8080")]
    public async Task Probes_are_never_tenant_resolved(string host)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/ready");
        request.Headers.Host = host;
        (await client.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
