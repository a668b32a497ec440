using System.Net;
using System.Net.Sockets;

namespace Platform.Blogging.Import.WordPress;

/// <summary>
/// The one place that says which hosts and addresses an import must never fetch from: <c>localhost</c> names, and
/// loopback, unspecified, private (RFC 1918), carrier-grade NAT, link-local (cloud metadata endpoints live there),
/// multicast, reserved and IPv6 unique-local or site-local addresses. <see cref="AttachmentHosts"/> checks the names
/// and IP literals an export writes; <see cref="AttachmentHttp"/> checks every address a name resolves to, at connect time.
/// </summary>
public static class InternalAddresses
{
    /// <summary>Whether <paramref name="host"/> is a <c>localhost</c> name (<c>localhost</c> or under <c>.localhost</c>).</summary>
    public static bool IsLocalName(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var name = host.TrimEnd('.');
        return name.Equals("localhost", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether <paramref name="host"/> (a name or an IP literal, IPv6 with or without brackets) is local or internal as written.</summary>
    public static bool IsInternalHost(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return IsLocalName(host) || (IPAddress.TryParse(host.TrimEnd('.').Trim('[', ']'), out var address) && IsInternal(address));
    }

    /// <summary>Whether <paramref name="address"/> is loopback, private, link-local or otherwise not a public internet address.</summary>
    public static bool IsInternal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6None))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] is 0 or 10 or 127
                || (b[0] == 100 && b[1] is >= 64 and <= 127)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && b[1] is >= 16 and <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] == 0)
                || (b[0] == 198 && b[1] is 18 or 19)
                || b[0] >= 224;
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return true; // not an internet address at all
        }

        var v6 = address.GetAddressBytes();

        // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) embed an IPv4 address: judge that one.
        if (v6[0] == 0x00 && v6[1] == 0x64 && v6[2] == 0xff && v6[3] == 0x9b && v6.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
        {
            return IsInternal(new IPAddress(v6.AsSpan(12, 4)));
        }

        if (v6[0] == 0x20 && v6[1] == 0x02)
        {
            return IsInternal(new IPAddress(v6.AsSpan(2, 4)));
        }

        return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast
            || (v6.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0); // ::/96 (IPv4-compatible, deprecated) and ::
    }
}
