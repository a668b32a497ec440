using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Platform.Gateway.Tests.Hosting;

public sealed class EngineConfigurationTests
{
    [Theory]
    [InlineData("Storage:Provider", "mongodb", "Storage:Provider")]
    [InlineData("Storage:Provider", "azureblob", "Storage:AzureBlob:ConnectionString")]
    [InlineData("Cluster:Provider", "zookeeper", "Cluster:Provider")]
    [InlineData("Cluster:ClusterId", "no spaces allowed", "Cluster:ClusterId")]
    [InlineData("Cluster:ServiceId", "", "Cluster:ServiceId")]
    [InlineData("Cluster:SiloPort", "70000", "Cluster:SiloPort")]
    [InlineData("Cluster:GatewayPort", "http", "Cluster:GatewayPort")]
    public void A_bad_storage_or_cluster_setting_stops_the_host_with_a_message_naming_the_key(string key, string value, string named)
    {
        using var factory = new ConfiguredFactory(new() { [key] = value, ["Platform:SeedDemo"] = "false" });

        var act = () => factory.CreateClient();

        act.Should().Throw<Exception>().Where(e => Flatten(e).Contains(named, StringComparison.Ordinal), $"the message names {named}");
    }

    [Fact]
    public async Task The_default_provider_is_SQLite_under_the_data_path()
    {
        var folder = Directory.CreateTempSubdirectory("platform-default-").FullName;
        try
        {
            await using (var factory = new ConfiguredFactory(new() { ["Platform:DataPath"] = folder, ["Platform:SeedDemo"] = "true" }))
            {
                using var client = factory.CreateClient();
                (await client.GetAsync("/health/ready")).IsSuccessStatusCode.Should().BeTrue();
            }

            File.Exists(Path.Combine(folder, "platform.db")).Should().BeTrue("SQLite is the default and lives under Platform:DataPath");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Flatten(Exception exception) =>
        exception is AggregateException aggregate
            ? string.Join(" | ", aggregate.InnerExceptions.Select(Flatten))
            : exception.Message + (exception.InnerException is null ? "" : " | " + Flatten(exception.InnerException));

    private sealed class ConfiguredFactory(Dictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            foreach (var (key, value) in FreePort.SiloSettings().Concat(settings))
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
