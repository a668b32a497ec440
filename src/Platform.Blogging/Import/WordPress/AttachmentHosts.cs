using System.Collections.Frozen;
using System.Net;
using System.Net.Sockets;

namespace Platform.Blogging.Import.WordPress;

/// <summary>
/// The hosts an export names as its own (<c>channel/link</c>, <c>wp:base_site_url</c>, <c>wp:base_blog_url</c>):
/// attachments are fetched only from these, over http or https, never with credentials in the URL, and never from
/// <c>localhost</c> or a loopback, private, link-local or otherwise internal IP address even when the export names one
/// (an export is untrusted input). A host name that resolves to such an address must still be refused by whoever
/// fetches (see <see cref="IAttachmentDownloader"/>).
/// </summary>
public sealed class AttachmentHosts
{
    private readonly FrozenSet<string> _hosts;

    /// <summary>Collects the hosts of <paramref name="siteUrls"/> (absolute http or https URLs; others are ignored).</summary>
    public AttachmentHosts(IEnumerable<string?> siteUrls)
    {
        ArgumentNullException.ThrowIfNull(siteUrls);
        _hosts = siteUrls
            .Select(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? HostOf(uri) : null)
            .OfType<string>()
            .ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The export's own hosts, lower-case (IDN host names in their ASCII form).</summary>
    public IReadOnlyCollection<string> Hosts => _hosts;

    /// <summary>Whether <paramref name="uri"/> is on one of the export's own hosts.</summary>
    public bool IsOwn(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.IsAbsoluteUri && _hosts.Contains(HostOf(uri));
    }

    /// <summary>Why <paramref name="url"/> may not be fetched, or null when it may.</summary>
    public string? Refusal(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return "not an absolute http or https URL";
        }

        if (uri.UserInfo.Length > 0)
        {
            return "the URL carries a user name or password";
        }

        var host = HostOf(uri);
        if (!_hosts.Contains(host))
        {
            return _hosts.Count == 0
                ? $"the export names no site of its own, so no host is trusted (this one is '{host}')"
                : $"the host '{host}' is not the export's own ({string.Join(", ", _hosts.Order(StringComparer.Ordinal))})";
        }

        return IsInternal(uri) ? $"the host '{host}' is a local or private address" : null;
    }

    private static string HostOf(Uri uri) => uri.IdnHost.TrimEnd('.').ToLowerInvariant();

    private static bool IsInternal(Uri uri)
    {
        var host = uri.IdnHost.TrimEnd('.');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!IPAddress.TryParse(host.Trim('[', ']'), out var address))
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
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
                || b[0] >= 224;
        }

        return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast;
    }
}
