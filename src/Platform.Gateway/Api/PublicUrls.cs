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
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.CustomDomains.Count > 0)
        {
            return $"{request.Scheme}://{settings.CustomDomains[0]}";
        }

        var domain = platform.Value.Domain;
        if (!string.Equals(domain, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            var port = request.Host.Port is { } p ? ":" + p.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
            return $"{request.Scheme}://{settings.Name}.{domain}{port}";
        }

        return $"{request.Scheme}://{request.Host.ToUriComponent()}/@{settings.Name}";
    }

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
