using System.Net;
using System.Globalization;
using Orleans.Configuration;

namespace Platform.Gateway.Engine;

/// <summary>
/// Configures the silo's clustering from <c>Cluster:*</c>. Every value is checked while the host is being built, so
/// a bad one stops the platform at start with a message naming the key.
/// </summary>
internal static class ClusterRegistration
{
    public static ClusterOptions ReadClusterOptions(this IConfiguration configuration)
    {
        var options = new ClusterOptions();
        var section = configuration.GetSection(ClusterOptions.SectionName);
        options.Provider = (section["Provider"] ?? options.Provider).Trim().ToLowerInvariant();
        options.ClusterId = section["ClusterId"] ?? options.ClusterId;
        options.ServiceId = section["ServiceId"] ?? options.ServiceId;
        options.SiloPort = ReadPort(section, "SiloPort", options.SiloPort, allowZero: false);
        options.GatewayPort = ReadPort(section, "GatewayPort", options.GatewayPort, allowZero: true);
        if (!ClusterProviders.All.Contains(options.Provider))
        {
            throw new InvalidOperationException(
                $"Configuration value Cluster:Provider is '{options.Provider}'; use {string.Join(", ", ClusterProviders.All)} (the default).");
        }

        Require(IsId(options.ClusterId), "Cluster:ClusterId", options.ClusterId);
        Require(IsId(options.ServiceId), "Cluster:ServiceId", options.ServiceId);
        options.AdvertisedAddress = section["AdvertisedAddress"] is { Length: > 0 } advertised ? advertised : configuration["POD_IP"];
        if (options.AdvertisedAddress is { } address && !IPAddress.TryParse(address, out _))
        {
            throw new InvalidOperationException($"Configuration value Cluster:AdvertisedAddress is '{address}'; it must be an IP address.");
        }

        if (section["Kubernetes"] is { } kubernetes)
        {
            options.Kubernetes = bool.TryParse(kubernetes, out var on) ? on
                : throw new InvalidOperationException($"Configuration value Cluster:Kubernetes is '{kubernetes}'; use true or false.");
        }

        options.AzureStorageConnectionString = section["AzureStorage:ConnectionString"] is { Length: > 0 } own ? own
            : configuration[$"{AzureBlobSettings.SectionName}:ConnectionString"];
        if (options.Provider == ClusterProviders.AzureStorage && string.IsNullOrWhiteSpace(options.AzureStorageConnectionString))
        {
            throw new InvalidOperationException(
                "Cluster:Provider is 'azurestorage' but there is no connection string: set Cluster:AzureStorage:ConnectionString or Storage:AzureBlob:ConnectionString.");
        }

        if (options.SiloPort == options.GatewayPort)
        {
            throw new InvalidOperationException($"Configuration values Cluster:SiloPort and Cluster:GatewayPort are both {options.SiloPort}; they need two ports.");
        }

        return options;
    }

    public static ISiloBuilder UseConfiguredClustering(this ISiloBuilder silo, ClusterOptions options)
    {
        if (options.Provider == ClusterProviders.Localhost)
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
            silo.Configure<EndpointOptions>(o => o.GatewayPort = options.GatewayPort);
            return silo;
        }

        silo.Configure<Orleans.Configuration.ClusterOptions>(o =>
        {
            o.ClusterId = options.ClusterId;
            o.ServiceId = options.ServiceId;
        });
        silo.Configure<EndpointOptions>(o =>
        {
            o.SiloPort = options.SiloPort;
            o.GatewayPort = options.GatewayPort;
            o.AdvertisedIPAddress = options.AdvertisedAddress is { } address ? IPAddress.Parse(address) : FirstNonLoopbackAddress();
            o.SiloListeningEndpoint = new IPEndPoint(IPAddress.Any, options.SiloPort);
            o.GatewayListeningEndpoint = options.GatewayPort == 0 ? null : new IPEndPoint(IPAddress.Any, options.GatewayPort);
        });
        silo.UseAzureStorageClustering(o => o.TableServiceClient = new Azure.Data.Tables.TableServiceClient(options.AzureStorageConnectionString));
        ClusterMembershipTuning.Apply(silo);
        if (options.Kubernetes && !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST")))
        {
            // Outside a pod this would stop the host at start: only in one, and only unless Cluster:Kubernetes is false.
            silo.UseKubernetesHosting();
        }

        return silo;
    }

    private static IPAddress FirstNonLoopbackAddress() =>
        System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == System.Net.NetworkInformation.OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
        ?? IPAddress.Loopback;

    private static int ReadPort(IConfigurationSection section, string key, int fallback, bool allowZero)
    {
        var text = section[key];
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535 || (port == 0 && !allowZero))
        {
            throw new InvalidOperationException(
                $"Configuration value Cluster:{key} is '{text}'; it must be a port number from {(allowZero ? 0 : 1)} to 65535.");
        }

        return port;
    }

    private static bool IsId(string value) =>
        value.Length is >= 1 and <= 63 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    private static void Require(bool ok, string key, string value)
    {
        if (!ok)
        {
            throw new InvalidOperationException($"Configuration value {key} is '{value}'; use 1 to 63 letters, digits, '-', '_' or '.'.");
        }
    }
}
