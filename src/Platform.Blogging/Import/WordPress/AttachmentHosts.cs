using System.Collections.Frozen;

namespace Platform.Blogging.Import.WordPress;

/// <summary>
/// The hosts an export names as its own (<c>channel/link</c>, <c>wp:base_site_url</c>, <c>wp:base_blog_url</c>):
/// attachments are fetched only from these, over http or https, never with credentials in the URL, and never from
/// <c>localhost</c> or a loopback, private, link-local or otherwise internal IP address even when the export names one
/// (an export is untrusted input; <see cref="InternalAddresses"/> says which). A host name that resolves to such an
/// address is refused when the download connects (<see cref="AttachmentHttp"/>).
/// </summary>
public sealed class AttachmentHosts
{
    private readonly FrozenSet<string> _hosts;
    private readonly bool _allowInternal;

    /// <summary>Collects the hosts of <paramref name="siteUrls"/> (absolute http or https URLs; others are ignored).</summary>
    /// <param name="siteUrls">The export's own addresses.</param>
    /// <param name="allowInternal">
    /// Accept local and internal hosts too: only <see cref="AttachmentDownloadPolicy.AllowInternalAddresses"/>, which
    /// tests set to fetch from a server on the loopback interface.
    /// </param>
    public AttachmentHosts(IEnumerable<string?> siteUrls, bool allowInternal = false)
    {
        ArgumentNullException.ThrowIfNull(siteUrls);
        _allowInternal = allowInternal;
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

        return !_allowInternal && InternalAddresses.IsInternalHost(uri.IdnHost) ? $"the host '{host}' is a local or private address" : null;
    }

    private static string HostOf(Uri uri) => uri.IdnHost.TrimEnd('.').ToLowerInvariant();
}
