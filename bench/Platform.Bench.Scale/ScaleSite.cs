using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Platform.Blogging.Hosting;

namespace Platform.Bench.Scale;

/// <summary>The real gateway (SQLite storage in a temporary folder, no demo blog) with its grain storage counted.</summary>
internal sealed class ScaleSite(string dataPath) : WebApplicationFactory<Program>
{
    public const string AdminToken = "bench-admin-token-0123456789abcdef";

    public CountingGrainStorage Storage => Services.GetRequiredKeyedService<IGrainStorage>(BloggingStorage.Name) as CountingGrainStorage
        ?? throw new InvalidOperationException("The storage is not wrapped.");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(GatewayFolder());
        builder.UseSetting("Platform:DataPath", dataPath);
        builder.UseSetting("Platform:SeedDemo", "false");
        builder.UseSetting("Platform:AdminToken", AdminToken);
        builder.UseSetting("Platform:Domain", "bench.test");
        builder.UseSetting("Api:PermitsPerMinute", "100000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Cluster:SiloPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Cluster:GatewayPort", "0");
        builder.ConfigureTestServices(services =>
        {
            var original = services.Single(d => d.ServiceType == typeof(IGrainStorage) && Equals(d.ServiceKey, BloggingStorage.Name));
            services.Remove(original);
            services.AddKeyedSingleton<IGrainStorage>(BloggingStorage.Name, (sp, key) => new CountingGrainStorage(
                (IGrainStorage)original.KeyedImplementationFactory!(sp, key),
                sp.GetRequiredService<IGrainStorageSerializer>()));
        });
    }

    /// <summary>src/Platform.Gateway, found from the working folder or the binaries' folder upwards.</summary>
    private static string GatewayFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "src", "Platform.Gateway");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("Run the benchmark from the repository (src/Platform.Gateway not found).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
