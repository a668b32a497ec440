using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Platform.Gateway.Tests.Hosting;

public sealed class ProblemDetailsTests(ApiGatewayFactory factory) : IClassFixture<ApiGatewayFactory>
{
    private static async Task<JsonElement> ReadProblemAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    [Theory]
    [InlineData("/api/v1/nothing-here")]
    [InlineData("/api")]
    public async Task Unknown_api_route_is_a_404_problem(string path)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ReadProblemAsync(response)).GetProperty("status").GetInt32().Should().Be(404);
    }

    [Fact]
    public async Task Api_failure_is_a_500_problem_without_stack_trace_outside_development()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/api/test/throw");
        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        var problem = await ReadProblemAsync(response);
        problem.GetProperty("status").GetInt32().Should().Be(500);
        problem.ToString().Should().NotContain("InvalidOperationException").And.NotContain("api failure").And.NotContain(" at ");
    }

    [Fact]
    public async Task Api_is_not_tenant_resolved_on_unknown_hosts()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/nothing-here");
        request.Headers.Host = "unknown.example";
        var response = await client.SendAsync(request);
        (await ReadProblemAsync(response)).GetProperty("status").GetInt32().Should().Be(404);
    }
}
