using System.Text;
using Microsoft.Extensions.Options;
using Platform.Blogging.Blogs;

namespace Platform.Gateway.Api;

/// <summary>
/// A blog's public addresses, as readers reach it: its first custom domain if it has one; else
/// <c>{blog}.{Platform:Domain}</c> (with the request's port) when the platform domain is not <c>localhost</c>;
/// else <c>/@{blog}</c> on the host the API request came to. The scheme is the request's.
/// </summary>
internal sealed class PublicUrls(IOptions<PlatformOptions> platform)
{
    public string BlogBase(HttpRequest request, BlogSettings settings)
    {
        ArgumentNullException.ThrowIfNull(request);
        return BlogBase(request.Scheme, request.Host, settings);
    }

    /// <summary>The blog's base URL (no trailing slash) as reached with <paramref name="scheme"/> on the platform's <paramref name="host"/>: for callers without a request, such as the command line.</summary>
    public string BlogBase(string scheme, HostString host, BlogSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.CustomDomains.Count > 0)
        {
            return $"{scheme}://{settings.CustomDomains[0]}";
        }

        var domain = platform.Value.Domain;
        if (!string.Equals(domain, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            var port = host.Port is { } p ? ":" + p.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
            return $"{scheme}://{settings.Name}.{domain}{port}";
        }

        return $"{scheme}://{host.ToUriComponent()}/@{settings.Name}";
    }

    /// <summary>Whether the platform serves blogs under its own domain (not <c>localhost</c>).</summary>
    public bool HasDomain => !string.Equals(platform.Value.Domain, "localhost", StringComparison.OrdinalIgnoreCase);

    /// <summary>The home page's URL (with a trailing slash).</summary>
    public string BlogUrl(HttpRequest request, BlogSettings settings) => BlogBase(request, settings) + "/";

    /// <summary>A post's URL from its permalink (a decoded path: each segment is percent-encoded here).</summary>
    public string PostUrl(HttpRequest request, BlogSettings settings, string permalink)
    {
        ArgumentNullException.ThrowIfNull(permalink);
        var path = new StringBuilder();
        var segments = permalink.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (i > 0)
            {
                path.Append('/');
            }

            path.Append(Uri.EscapeDataString(segments[i]));
        }

        var encoded = path.ToString();
        return BlogBase(request, settings) + (encoded.StartsWith('/') ? encoded : "/" + encoded);
    }
}
