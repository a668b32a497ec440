using System.Net;
using System.Net.Sockets;

namespace Platform.Testing;

/// <summary>Loopback ports nobody listens on, for the silos of hosts that a test process starts side by side.</summary>
public static class FreePort
{
    /// <summary>A port the OS had free a moment ago (it hands ephemeral ports out in turn, so parallel calls differ).</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Settings that give a co-hosted silo its own silo port and no client gateway.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> SiloSettings() =>
    [
        new("Cluster:SiloPort", Next().ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Cluster:GatewayPort", "0"),
    ];
}
