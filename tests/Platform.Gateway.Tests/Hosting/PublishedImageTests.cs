using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Platform.Gateway.Tests.Hosting;

/// <summary>
/// The container image cannot be built here (no container engine), so its contents are run the way it runs them:
/// <c>dotnet publish</c> output, the Dockerfile's entry point and its environment (ports moved to free ones, the data
/// volume to a temporary folder).
/// </summary>
public sealed partial class PublishedImageTests
{
    [Fact]
    public async Task The_published_output_starts_and_serves_with_the_images_entry_point_and_environment_and_stops_on_sigterm()
    {
        var repository = Path.GetFullPath(Path.Combine(GatewayProcess.GatewayFolder(), "..", "..", "..", "..", ".."));
        var dockerfile = await File.ReadAllTextAsync(Path.Combine(repository, "Dockerfile"));
        EntryPoint().Match(dockerfile).Groups[1].Value.Should().Be("\"dotnet\", \"Platform.Gateway.dll\"");
        var environment = ImageEnvironment(dockerfile);
        environment.Should().ContainKeys("ASPNETCORE_URLS", "Urls", "Management__Port", "Platform__DataPath");

        var output = Directory.CreateTempSubdirectory("platform-publish-").FullName;
        var data = Directory.CreateTempSubdirectory("platform-volume-").FullName;
        try
        {
            var configuration = GatewayProcess.GatewayFolder().Contains("Release", StringComparison.Ordinal) ? "Release" : "Debug";
            await PublishAsync(repository, configuration, output);
            var (http, management) = (FreePort.Next(), FreePort.Next());
            environment["ASPNETCORE_HTTP_PORTS"] = http.ToString(System.Globalization.CultureInfo.InvariantCulture);
            environment["ASPNETCORE_URLS"] = $"http://+:{http}";
            environment["Urls"] = $"http://+:{http}";
            environment["Management__Port"] = management.ToString(System.Globalization.CultureInfo.InvariantCulture);
            environment["Cluster__SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture);
            environment["Cluster__GatewayPort"] = "0";
            environment["Platform__DataPath"] = data;

            var gateway = await GatewayProcess.StartAsync(output, http, environment);
            try
            {
                using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
                (await client.GetAsync($"http://127.0.0.1:{http}/@demo/")).StatusCode.Should().Be(HttpStatusCode.OK, gateway.Output);
                (await client.GetAsync($"http://127.0.0.1:{management}/metrics")).StatusCode.Should().Be(HttpStatusCode.OK);
                File.Exists(Path.Combine(data, "platform.db")).Should().BeTrue("state lives in the data volume");

                await gateway.StopAsync(TimeSpan.FromSeconds(40));
                gateway.ExitCode.Should().Be(0, gateway.Output);
            }
            finally
            {
                await gateway.DisposeAsync();
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>The runtime stage's <c>ENV</c> settings (<c>KEY=value</c> pairs, backslash-continued).</summary>
    private static Dictionary<string, string> ImageEnvironment(string dockerfile)
    {
        var runtime = dockerfile[dockerfile.LastIndexOf("\nFROM ", StringComparison.Ordinal)..];
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match block in EnvBlock().Matches(runtime))
        {
            foreach (Match pair in EnvPair().Matches(block.Groups[1].Value))
            {
                environment[pair.Groups[1].Value] = pair.Groups[2].Value;
            }
        }

        return environment;
    }

    private static async Task PublishAsync(string repository, string configuration, string output)
    {
        var start = new ProcessStartInfo("dotnet", ["publish", Path.Combine(repository, "src", "Platform.Gateway"), "-c", configuration, "--no-build", "-o", output, "-p:UseAppHost=false"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var log = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(0, $"dotnet publish failed:\n{await log}\n{await errors}");
    }

    [GeneratedRegex(@"ENTRYPOINT \[(.*)\]")]
    private static partial Regex EntryPoint();

    [GeneratedRegex(@"\nENV ((?:[^\n]*\\\n)*[^\n]*)")]
    private static partial Regex EnvBlock();

    [GeneratedRegex(@"([A-Za-z_][A-Za-z0-9_]*)=(\S+)")]
    private static partial Regex EnvPair();
}
