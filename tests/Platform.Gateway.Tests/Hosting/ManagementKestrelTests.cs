using System.Net;
using Platform.Testing;

namespace Platform.Gateway.Tests.Hosting;

/// <summary>
/// The gateway as its own process, run as the container image runs it: real sockets on a public and a management
/// port, and a graceful stop on SIGTERM.
/// </summary>
public sealed class ManagementKestrelTests
{
    [Fact]
    public async Task Over_real_sockets_metrics_answer_on_the_management_port_only_and_sigterm_stops_cleanly()
    {
        var (http, management) = (FreePort.Next(), FreePort.Next());
        var data = Directory.CreateTempSubdirectory("platform-process-").FullName;
        var gateway = await GatewayProcess.StartAsync(http, new Dictionary<string, string>
        {
            ["Management__Port"] = management.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Platform__DataPath"] = data,
            ["Platform__Domain"] = "blogs.test",
            ["Cluster__SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cluster__GatewayPort"] = "0",
        });
        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

            var metrics = await client.GetAsync($"http://127.0.0.1:{management}/metrics");
            metrics.StatusCode.Should().Be(HttpStatusCode.OK, gateway.Output);
            (await metrics.Content.ReadAsStringAsync()).Should().Contain("# TYPE");
            (await client.GetAsync($"http://127.0.0.1:{management}/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
            (await client.GetAsync($"http://127.0.0.1:{http}/metrics")).StatusCode.Should().Be(HttpStatusCode.NotFound);
            (await client.GetAsync($"http://127.0.0.1:{http}/@demo/")).StatusCode.Should().Be(HttpStatusCode.OK, "the demo blog is served on the public port");

            await gateway.StopAsync(TimeSpan.FromSeconds(30));
            gateway.ExitCode.Should().Be(0, gateway.Output);
        }
        finally
        {
            await gateway.DisposeAsync();
            Directory.Delete(data, recursive: true);
        }
    }
}
