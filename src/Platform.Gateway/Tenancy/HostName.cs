using System.Net;

namespace Platform.Gateway.Tenancy;

/// <summary>
/// Splits a <c>Host</c> header value into name and port without allocating: <c>example.com</c>,
/// <c>Example.COM.:8080</c>, <c>127.0.0.1:5000</c>, <c>[::1]:5000</c>. One trailing dot is removed from the name.
/// </summary>
internal readonly ref struct HostName
{
    private static readonly System.Buffers.SearchValues<char> s_ipv4Chars = System.Buffers.SearchValues.Create("0123456789.");

    private HostName(ReadOnlySpan<char> name, ReadOnlySpan<char> port, bool isIpLiteral)
    {
        Name = name;
        Port = port;
        IsIpLiteral = isIpLiteral;
    }

    /// <summary>The host name without port or trailing dot; IPv6 literals keep their brackets.</summary>
    public ReadOnlySpan<char> Name { get; }

    /// <summary>The port digits, or empty.</summary>
    public ReadOnlySpan<char> Port { get; }

    /// <summary>Whether <see cref="Name"/> is an IPv4 or IPv6 address.</summary>
    public bool IsIpLiteral { get; }

    public static bool TryParse(ReadOnlySpan<char> host, out HostName result)
    {
        result = default;
        if (host.IsEmpty)
        {
            return false;
        }

        ReadOnlySpan<char> name;
        ReadOnlySpan<char> port = default;
        bool isIp;
        if (host[0] == '[')
        {
            var close = host.IndexOf(']');
            if (close < 0 || !IPAddress.TryParse(host[1..close], out var v6) || v6.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
            {
                return false;
            }

            name = host[..(close + 1)];
            var rest = host[(close + 1)..];
            if (!rest.IsEmpty)
            {
                if (rest[0] != ':')
                {
                    return false;
                }

                port = rest[1..];
            }

            isIp = true;
        }
        else
        {
            var colon = host.IndexOf(':');
            if (colon >= 0 && host.LastIndexOf(':') != colon)
            {
                return false; // a bare IPv6 address is not a valid Host header (RFC 7230 requires brackets)
            }

            name = colon < 0 ? host : host[..colon];
            port = colon < 0 ? default : host[(colon + 1)..];
            if (name.Length > 1 && name[^1] == '.')
            {
                name = name[..^1];
            }

            if (!IsHostNameSyntax(name))
            {
                return false;
            }

            isIp = IsDottedIPv4(name);
        }

        if (!IsPort(port))
        {
            return false;
        }

        result = new HostName(name, port, isIp);
        return true;
    }

    private static bool IsPort(ReadOnlySpan<char> port) =>
        port.IsEmpty || (port.Length <= 5 && !port.ContainsAnyExceptInRange('0', '9') && int.Parse(port, System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 65535);

    private static bool IsHostNameSyntax(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || name.Length > 253 || name[0] == '.' || name[0] == '-')
        {
            return false;
        }

        var previous = '\0';
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '.' || c == '_') || (c == '.' && previous == '.'))
            {
                return false;
            }

            previous = c;
        }

        return true;
    }

    private static bool IsDottedIPv4(ReadOnlySpan<char> name) =>
        name.Count('.') == 3 && !name.ContainsAnyExcept(s_ipv4Chars) && IPAddress.TryParse(name, out _);
}
