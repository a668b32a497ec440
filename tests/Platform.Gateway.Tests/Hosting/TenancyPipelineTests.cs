using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Gateway.Tenancy;

namespace Platform.Gateway.Tests.Hosting;

public sealed class TenancyPipelineTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    private async Task<HttpResponseMessage> GetAsync(string host, string path, bool followRedirects = false)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        return await client.SendAsync(request);
    }

    [Theory]
    [InlineData("localhost:5000", "/@demo/2024/hello/", "blog=demo;source=PathPrefix;base=/@demo;path=/2024/hello/")]
    [InlineData("demo.blogs.test", "/2024/hello/", "blog=demo;source=Subdomain;base=;path=/2024/hello/")]
    [InlineData("alice.example", "/2024/hello/", "blog=alice;source=CustomDomain;base=;path=/2024/hello/")]
    [InlineData("[::1]:5000", "/@demo/", "blog=demo;source=PathPrefix;base=/@demo;path=/")]
    public async Task One_endpoint_serves_all_three_addressing_modes(string host, string path, string expected)
    {
        var response = await GetAsync(host, path);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain(expected);
    }

    [Fact]
    public async Task Path_prefix_without_slash_redirects_permanently_keeping_the_query()
    {
        var response = await GetAsync("localhost", "/@demo?page=2");
        response.StatusCode.Should().Be(HttpStatusCode.MovedPermanently);
        response.Headers.Location!.OriginalString.Should().Be("/@demo/?page=2");
    }

    [Theory]
    [InlineData("unknown.example", "/")]
    [InlineData("unknown.example", "/@demo/")]
    [InlineData("a.b.blogs.test", "/")]
    [InlineData("www.blogs.test", "/")]
    [InlineData("localhost", "/")]
    [InlineData("localhost", "/@API/")]
    [InlineData("blogs.test", "/@admin/x")]
    public async Task Unknown_blog_gets_the_platform_404_page(string host, string path)
    {
        var response = await GetAsync(host, path);
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/html; charset=utf-8");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("<title>Page not found · Platform</title>").And.Contain("<style>").And.NotContain("http");
    }

    [Fact]
    public async Task A_custom_domain_added_at_run_time_is_served_at_once()
    {
        factory.Services.GetRequiredService<InMemoryCustomDomainMap>().Set("late.example", "late");
        var response = await GetAsync("late.example", "/");
        (await response.Content.ReadAsStringAsync()).Should().Contain("blog=late;source=CustomDomain");
    }

    [Fact]
    public async Task A_page_failure_gets_the_500_page_without_details()
    {
        var response = await GetAsync("demo.blogs.test", "/throw");
        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("Something went wrong").And.NotContain("InvalidOperationException").And.NotContain("page failure");
    }
}
