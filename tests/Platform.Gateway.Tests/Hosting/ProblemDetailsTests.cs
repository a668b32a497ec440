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
    public async Task Malformed_json_body_is_a_400_problem()
    {
        using var client = factory.CreateClient();
        using var body = new StringContent("{\"title\": \"x\", \"count\": ", Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/test/echo", body);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(response)).GetProperty("status").GetInt32().Should().Be(400);
    }

    [Fact]
    public async Task Well_formed_body_reaches_the_test_endpoint()
    {
        using var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/test/echo", new ApiGatewayFactory.Payload("x", 2));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<ApiGatewayFactory.Payload>()).Should().Be(new ApiGatewayFactory.Payload("x", 2));
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
