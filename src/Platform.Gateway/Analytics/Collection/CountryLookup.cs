using System.Net;
using System.Net.Sockets;
using MaxMind.Db;

namespace Platform.Gateway.Analytics.Collection;

/// <summary>
/// The country of an IP address, from a MaxMind DB file (by default ip-location-db's geo-whois-asn-country; a
/// GeoLite2/GeoIP2 Country or City file works too). Thread-safe: one memory-mapped reader serves every lookup.
/// Without the file, or for private, loopback and other non-public addresses, the country is null (unknown).
/// </summary>
public sealed class CountryLookup : IDisposable
{
    private readonly Reader? _reader;

    private CountryLookup(Reader? reader, string? loadError)
    {
        _reader = reader;
        LoadError = loadError;
    }

    /// <summary>True when the database was opened.</summary>
    public bool IsLoaded => _reader is not null;

    /// <summary>Why the database was not opened (missing or unreadable file), or null when it was.</summary>
    public string? LoadError { get; }

    /// <summary>The database's type as its metadata names it (e.g. "geo-whois-asn-country"), or null when not loaded.</summary>
    public string? DatabaseType => _reader?.Metadata.DatabaseType;

    /// <summary>When the database was built, or null when not loaded.</summary>
    public DateTime? BuildDate => _reader?.Metadata.BuildDate;

    /// <summary>Opens the database at <paramref name="path"/>; a lookup that always answers null if it cannot.</summary>
    /// <param name="path">The path of the <c>.mmdb</c> file.</param>
    public static CountryLookup Open(string path)
    {
        if (!File.Exists(path))
        {
            return new(null, $"{path} does not exist");
        }

        try
        {
            return new(new Reader(path, FileAccessMode.MemoryMapped), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDatabaseException)
        {
            return new(null, $"{path} could not be opened: {ex.Message}");
        }
    }

    /// <summary>
    /// The ISO 3166-1 alpha-2 code, upper-case, of the country the database places <paramref name="address"/> in; null
    /// when it does not know, the address is not public, or the database is not loaded. IPv4-mapped IPv6 addresses
    /// (<c>::ffff:a.b.c.d</c>, as a dual-stack socket reports IPv4 clients) are looked up as IPv4.
    /// </summary>
    /// <param name="address">The client address.</param>
    public string? Country(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (_reader is null)
        {
            return null;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (!IsPublic(address))
        {
            return null;
        }

        CountryRecord? record;
        try
        {
            record = _reader.Find<CountryRecord>(address);
        }
        catch (InvalidDatabaseException)
        {
            return null;
        }

        return Normalize(record?.CountryCode ?? record?.Country?.IsoCode);
    }

    /// <summary>Closes the database.</summary>
    public void Dispose() => _reader?.Dispose();

    private static string? Normalize(string? code) =>
        code is { Length: 2 } && char.IsAsciiLetter(code[0]) && char.IsAsciiLetter(code[1])
            && !string.Equals(code, "ZZ", StringComparison.OrdinalIgnoreCase)
            ? code.ToUpperInvariant()
            : null;

    private static bool IsPublic(IPAddress address)
    {
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            Span<byte> b = stackalloc byte[4];
            address.TryWriteBytes(b, out _);
            return !(b[0] == 0 || b[0] == 10 || b[0] == 127 || b[0] >= 224
                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)     // 100.64.0.0/10, carrier-grade NAT
                || (b[0] == 169 && b[1] == 254)                    // link-local
                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
                || (b[0] == 192 && b[1] == 168));
        }

        return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast);
    }
}
