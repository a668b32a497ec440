namespace Platform.Gateway.Tenancy;

/// <summary>
/// Maps a request's host and path to a blog. Pure: no ASP.NET types, no I/O, no state of its own.
/// </summary>
/// <remarks>
/// Rules, first match wins:
/// <list type="number">
/// <item>Custom domain: the host (with its port when the table has <c>host:port</c>, else without) is in the table.</item>
/// <item>Subdomain: the host is <c>{blog}.{platform domain}</c> with exactly one label before the domain.
/// Anything else under the platform domain is not found (nested labels, invalid or reserved names).</item>
/// <item>Path prefix: on the platform domain itself, <c>localhost</c> or an IP address, the path is
/// <c>/@{blog}/...</c>. <c>/@{blog}</c> without the slash asks for a redirect to <c>/@{blog}/</c>.</item>
/// </list>
/// Any other host is not found. Hosts compare case-insensitively, without one trailing dot, and the port only
/// matters for custom domains configured with one. There is no default blog.
/// </remarks>
public static class TenantResolver
{
    private const string PathPrefixMarker = "/@";
    private const string Localhost = "localhost";

    /// <summary>Resolves a request to a blog.</summary>
    /// <param name="host">The <c>Host</c> header value, possibly with a port (<c>example.com:8080</c>, <c>[::1]:5000</c>).</param>
    /// <param name="path">The request path (decoded, starting with <c>/</c>); empty is treated as <c>/</c>.</param>
    /// <param name="customDomains">The custom domain table.</param>
    /// <param name="platformDomain">The platform's domain, e.g. <c>blogs.example.com</c> (case and a trailing dot are ignored).</param>
    public static TenantResolution Resolve(string? host, string? path, ICustomDomainMap customDomains, string platformDomain)
    {
        ArgumentNullException.ThrowIfNull(customDomains);
        ArgumentNullException.ThrowIfNull(platformDomain);
        path = string.IsNullOrEmpty(path) ? "/" : path;
        if (!HostName.TryParse(host, out var parsed))
        {
            return TenantResolution.NotFound(TenantNotFoundReason.InvalidHost);
        }

        if (TryCustomDomain(parsed, customDomains, out var customBlog))
        {
            return TenantResolution.Found(customBlog, TenantSource.CustomDomain, string.Empty, path);
        }

        var domain = platformDomain.AsSpan().TrimEnd('.');
        var name = parsed.Name;
        if (name.Length > domain.Length + 1 && name[^(domain.Length + 1)] == '.' && name.EndsWith(domain, StringComparison.OrdinalIgnoreCase))
        {
            return ResolveSubdomain(name[..^(domain.Length + 1)], path);
        }

        var allowsPathPrefix = parsed.IsIpLiteral
            || name.Equals(domain, StringComparison.OrdinalIgnoreCase)
            || name.Equals(Localhost, StringComparison.OrdinalIgnoreCase);
        return allowsPathPrefix ? ResolvePathPrefix(path) : TenantResolution.NotFound(TenantNotFoundReason.UnknownHost);
    }

    /// <summary>
    /// Whether <paramref name="host"/> is the platform's own host (the platform domain, <c>localhost</c> or an IP
    /// address), where the studio lives; never a blog's subdomain or custom domain.
    /// </summary>
    public static bool IsPlatformHost(string? host, string platformDomain)
    {
        ArgumentNullException.ThrowIfNull(platformDomain);
        if (!HostName.TryParse(host, out var parsed))
        {
            return false;
        }

        var name = parsed.Name;
        return parsed.IsIpLiteral
            || name.Equals(platformDomain.AsSpan().TrimEnd('.'), StringComparison.OrdinalIgnoreCase)
            || name.Equals(Localhost, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether <paramref name="host"/> cannot be a custom domain because the platform answers it itself: the
    /// platform domain, any host under it, <c>localhost</c> or an IP address. Blog code checks this before adding a
    /// custom domain, so that a custom domain never shadows another blog's subdomain.
    /// </summary>
    public static bool CollidesWithPlatform(string host, string platformDomain)
    {
        ArgumentNullException.ThrowIfNull(platformDomain);
        if (!HostName.TryParse(host, out var parsed))
        {
            return true;
        }

        var domain = platformDomain.AsSpan().TrimEnd('.');
        var name = parsed.Name;
        return parsed.IsIpLiteral
            || name.Equals(Localhost, StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            || name.Equals(domain, StringComparison.OrdinalIgnoreCase)
            || (name.Length > domain.Length + 1 && name[^(domain.Length + 1)] == '.' && name.EndsWith(domain, StringComparison.OrdinalIgnoreCase));
    }

    private static bool TryCustomDomain(HostName host, ICustomDomainMap customDomains, out string blog)
    {
        if (!host.Port.IsEmpty)
        {
            var length = host.Name.Length + 1 + host.Port.Length;
            Span<char> withPort = length <= 512 ? stackalloc char[length] : new char[length];
            host.Name.CopyTo(withPort);
            withPort[host.Name.Length] = ':';
            host.Port.CopyTo(withPort[(host.Name.Length + 1)..]);
            if (customDomains.TryGetBlog(withPort, out var withPortBlog))
            {
                blog = withPortBlog;
                return true;
            }
        }

        if (customDomains.TryGetBlog(host.Name, out var found))
        {
            blog = found;
            return true;
        }

        blog = string.Empty;
        return false;
    }

    private static TenantResolution ResolveSubdomain(ReadOnlySpan<char> label, string path)
    {
        if (label.Contains('.'))
        {
            return TenantResolution.NotFound(TenantNotFoundReason.NestedSubdomain);
        }

        if (label.Length > BlogNames.MaxLength)
        {
            return TenantResolution.NotFound(TenantNotFoundReason.InvalidBlogName);
        }

        Span<char> lower = stackalloc char[label.Length];
        label.ToLowerInvariant(lower);
        var rejection = Check(lower);
        return rejection == TenantNotFoundReason.None
            ? TenantResolution.Found(new string(lower), TenantSource.Subdomain, string.Empty, path)
            : TenantResolution.NotFound(rejection);
    }

    private static TenantResolution ResolvePathPrefix(string path)
    {
        if (!path.StartsWith(PathPrefixMarker, StringComparison.Ordinal))
        {
            return TenantResolution.NotFound(TenantNotFoundReason.NoBlogInPath);
        }

        var end = path.IndexOf('/', PathPrefixMarker.Length);
        var segment = end < 0 ? path.AsSpan(PathPrefixMarker.Length) : path.AsSpan(PathPrefixMarker.Length, end - PathPrefixMarker.Length);
        var rejection = Check(segment);
        if (rejection != TenantNotFoundReason.None)
        {
            return TenantResolution.NotFound(rejection);
        }

        if (end < 0)
        {
            var blogOnly = segment.ToString();
            return TenantResolution.Redirect(blogOnly, string.Concat(path, "/"));
        }

        var pathBase = path[..end];
        return TenantResolution.Found(pathBase[PathPrefixMarker.Length..], TenantSource.PathPrefix, pathBase, path[end..]);
    }

    private static TenantNotFoundReason Check(ReadOnlySpan<char> name) =>
        !BlogNames.IsWellFormed(name) ? TenantNotFoundReason.InvalidBlogName
        : BlogNames.IsReserved(name) ? TenantNotFoundReason.ReservedBlogName
        : TenantNotFoundReason.None;
}
