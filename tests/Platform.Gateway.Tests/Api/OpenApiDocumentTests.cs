using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Gateway.Tests.Api;

public sealed class OpenApiDocumentTests(AuthorApiFactory factory) : IClassFixture<AuthorApiFactory>
{
    private async Task<JsonElement> DocumentAsync()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/openapi/v1.json");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await ApiClient.ReadJsonAsync(response);
    }

    [Fact]
    public async Task Document_is_openapi_3_1_with_bearer_security_and_only_api_paths()
    {
        var document = await DocumentAsync();
        document.GetProperty("openapi").GetString().Should().StartWith("3.1");
        document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("scheme").GetString().Should().Be("bearer");
        document.GetProperty("paths").EnumerateObject().Select(p => p.Name).Should().OnlyContain(p => p.StartsWith("/api/v1/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_mapped_api_route_appears_with_its_methods_and_responses()
    {
        var document = await DocumentAsync();
        var paths = document.GetProperty("paths");
        var endpoints = factory.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/v1", StringComparison.Ordinal) == true)
            .ToArray();
        endpoints.Length.Should().BeGreaterThanOrEqualTo(15);
        foreach (var endpoint in endpoints)
        {
            var path = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            paths.TryGetProperty(path, out var item).Should().BeTrue($"{path} is mapped");
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods)
            {
                var operations = item.EnumerateObject().Where(p => string.Equals(p.Name, method, StringComparison.OrdinalIgnoreCase)).ToArray();
                operations.Should().ContainSingle($"{method} {path} is mapped");
                var operation = operations[0].Value;
                var responses = operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToArray();
                var declared = endpoint.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>().Select(m => m.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToArray();
                declared.Should().NotBeEmpty($"{method} {path} declares its responses");
                responses.Should().Contain(declared, $"{method} {path} documents every response it can give");
                responses.Should().Contain(["401", "403", "429"], $"{method} {path} is authenticated and rate limited");
            }
        }
    }

    [Fact]
    public async Task Bodies_read_by_hand_are_described_with_their_media_types()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");
        var create = paths.GetProperty("/api/v1/blogs/{blog}/posts").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        create.TryGetProperty("application/json", out _).Should().BeTrue();
        create.GetProperty("text/markdown").GetProperty("schema").GetProperty("type").GetString().Should().Be("string");
        var replace = paths.GetProperty("/api/v1/blogs/{blog}/posts/{id}").GetProperty("put").GetProperty("requestBody").GetProperty("content");
        replace.TryGetProperty("text/markdown", out _).Should().BeTrue();
        var import = paths.GetProperty("/api/v1/blogs/{blog}/import/jekyll").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        import.GetProperty("application/zip").GetProperty("schema").GetProperty("format").GetString().Should().Be("binary");
        import.TryGetProperty("multipart/form-data", out _).Should().BeTrue();
        var put = paths.GetProperty("/api/v1/blogs/{blog}/posts/{id}").GetProperty("put").GetProperty("responses");
        put.TryGetProperty("428", out _).Should().BeTrue();
        put.TryGetProperty("412", out _).Should().BeTrue();
        put.GetProperty("200").GetProperty("content").TryGetProperty("application/json", out _).Should().BeTrue();
        put.GetProperty("200").GetProperty("headers").TryGetProperty("ETag", out _).Should().BeTrue();
        put.GetProperty("429").GetProperty("headers").TryGetProperty("Retry-After", out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("put", true)]
    [InlineData("delete", false)]
    public async Task If_match_is_documented_as_required_on_put_and_optional_on_delete(string method, bool required)
    {
        var operation = (await DocumentAsync()).GetProperty("paths").GetProperty("/api/v1/blogs/{blog}/posts/{id}").GetProperty(method);
        var ifMatch = operation.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "If-Match");
        ifMatch.GetProperty("in").GetString().Should().Be("header");
        (ifMatch.TryGetProperty("required", out var flag) && flag.GetBoolean()).Should().Be(required);
    }
}
