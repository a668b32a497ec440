using System.Net;
using System.Net.Sockets;

namespace Platform.Blogging.Import.WordPress;

/// <summary>
/// The HTTP client attachments are fetched with (named <see cref="ClientName"/> in the HTTP client factory): no proxy
/// (a proxy would connect for us, past the check), no cookies, no automatic redirects (the downloader follows a few
/// itself, to the export's own hosts only), no automatic decompression, and a connect callback that resolves the host
/// itself and refuses when any of its addresses is internal (<see cref="InternalAddresses"/>). The check runs on the
/// addresses the socket then connects to, so a name that resolves to a public address when it is vetted and to an
/// internal one when it is used (DNS rebinding) cannot slip through.
/// </summary>
public static class AttachmentHttp
{
    /// <summary>The name of the client in the HTTP client factory.</summary>
    public const string ClientName = "platform.wordpress-attachments";

    /// <summary>The handler for <paramref name="policy"/>.</summary>
    public static SocketsHttpHandler CreateHandler(AttachmentDownloadPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var allowInternal = policy.AllowInternalAddresses;
        return new SocketsHttpHandler
        {
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            ConnectCallback = (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, allowInternal, cancellationToken),
        };
    }

    /// <summary>Resolves <paramref name="endpoint"/>, refuses internal addresses unless allowed, and connects to the vetted addresses only.</summary>
    internal static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, bool allowInternal, CancellationToken cancellationToken)
    {
        var host = endpoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new HttpRequestException($"The host '{host}' has no address.");
        }

        if (!allowInternal && addresses.FirstOrDefault(InternalAddresses.IsInternal) is { } internalAddress)
        {
            throw new AttachmentRefusedException($"the host '{host}' resolves to the local or private address {internalAddress}");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endpoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
