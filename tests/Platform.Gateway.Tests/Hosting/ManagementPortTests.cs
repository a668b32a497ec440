using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Gateway.Tests.Hosting;

/// <summary>
/// The management port, in process: the test server has no sockets, so a test-only header sets the connection's local
/// port (as Kestrel would for a request that came in on that port). <see cref="ManagementKestrelTests"/> checks the
/// same over real sockets.
/// </summary>
public sealed class ManagementPortTests
{
    private const string LocalPortHeader = "X-Test-Local-Port";

    [Fact]
    public async Task Metrics_answer_on_the_management_port_in_prometheus_format_with_the_platforms_instruments()
    {
        await using var factory = new ManagementFactory(dashboard: false);
        using var client = factory.CreateClient();
        (await client.GetAsync("http://alice.blogs.test/hello/")).EnsureSuccessStatusCode();

        using var response = await client.SendAsync(OnPort(HttpMethod.Get, "http://10.0.0.5:8081/metrics", 8081));
        var text = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        text.Should().Contain("http_server_request_duration_seconds", "ASP.NET Core's request metrics are exported");
        text.Should().Contain("platform_storage_duration_seconds", "the platform's storage instruments are exported");
        text.Should().Contain("platform_storage_duration_seconds_bucket{otel_scope_name=\"Platform.Blogging\",operation=\"read\",state=\"directory\",le=\"0.001\"}", "storage buckets are in seconds");
        text.Should().NotContain("alice", "no label carries a blog's name or host");
    }

    [Theory]
    [InlineData("http://blogs.test/metrics")]
    [InlineData("http://alice.blogs.test/metrics")]
    [InlineData("http://alice.example/metrics")]
    [InlineData("http://blogs.test/@alice/metrics")]
    [InlineData("http://blogs.test/dashboard")]
    [InlineData("http://alice.blogs.test/dashboard/")]
    public async Task Metrics_and_the_dashboard_never_answer_on_the_public_port(string url)
    {
        await using var factory = new ManagementFactory(dashboard: true);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        // Under a blog's host the path is the blog's own (here a stand-in page that echoes it); on the platform's
        // host it is nothing. Either way, no metrics and no dashboard.
        body.Should().NotContain("# TYPE").And.NotContain("# HELP").And.NotContain("Orleans Dashboard");
        if (new Uri(url).Host == "blogs.test" && !url.Contains("/@", StringComparison.Ordinal))
        {
            response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task The_management_port_serves_health_and_the_dashboard_when_on_and_nothing_else()
    {
        await using var factory = new ManagementFactory(dashboard: true);
        using var client = factory.CreateClient();

        (await client.SendAsync(OnPort(HttpMethod.Get, "http://pod:8081/health/ready", 8081))).StatusCode.Should().Be(HttpStatusCode.OK);
        using var dashboard = await client.SendAsync(OnPort(HttpMethod.Get, "http://pod:8081/dashboard/", 8081));
        dashboard.StatusCode.Should().Be(HttpStatusCode.OK);
        (await dashboard.Content.ReadAsStringAsync()).Should().Contain("<html", "the dashboard's page");
        (await client.SendAsync(OnPort(HttpMethod.Get, "http://pod:8081/", 8081))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.SendAsync(OnPort(HttpMethod.Get, "http://pod:8081/api/v1/blogs/alice", 8081))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_dashboard_is_off_unless_asked_for()
    {
        await using var factory = new ManagementFactory(dashboard: false);
        using var client = factory.CreateClient();

        (await client.SendAsync(OnPort(HttpMethod.Get, "http://pod:8081/dashboard/", 8081))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("Management:Port", "eighty", "Management:Port")]
    [InlineData("Management:Port", "70000", "Management:Port")]
    [InlineData("Management:Dashboard", "yes please", "Management:Dashboard")]
    public void A_bad_management_setting_stops_the_start_naming_its_key(string key, string value, string named)
    {
        using var factory = new ManagementFactory(dashboard: false, (key, value));

        var start = () => factory.CreateClient();

        start.Should().Throw<Exception>().Where(e => e.ToString().Contains(named, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, null, 8081, "http://localhost:5000;http://localhost:8081")]
    [InlineData("http://+:8080", null, 8081, "http://+:8080;http://*:8081")]
    [InlineData(null, "8080", 9000, "http://*:8080;http://*:9000")]
    [InlineData("http://localhost:5000", null, 0, "http://localhost:5000")]
    public void The_listen_urls_add_the_management_port_to_the_public_ones(string? urls, string? httpPorts, int port, string expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = urls, ["http_ports"] = httpPorts })
            .Build();

        Management.ManagementPipeline.ListenUrls(configuration, new Management.ManagementOptions { Port = port }).Should().Be(expected);
    }

    private static HttpRequestMessage OnPort(HttpMethod method, string url, int port)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add(LocalPortHeader, port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return request;
    }

    private sealed class ManagementFactory(bool dashboard, params (string Key, string Value)[] extra) : GatewayFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings =>
            new Dictionary<string, string?>(extra.Select(e => new KeyValuePair<string, string?>(e.Key, e.Value)))
            {
                ["Management:Dashboard"] = extra.Any(e => e.Key == "Management:Dashboard") ? extra.First(e => e.Key == "Management:Dashboard").Value : dashboard ? "true" : "false",
            };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, LocalPortFilter>());
        }
    }

    private sealed class LocalPortFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(LocalPortHeader, out var port))
                {
                    context.Connection.LocalPort = int.Parse(port.ToString(), System.Globalization.CultureInfo.InvariantCulture);
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
