using System.Text;

namespace Platform.Blogging.Export;

/// <summary>
/// Where readers reach the blog, split the way Jekyll's <c>_config.yml</c> wants it: <see cref="Url"/> (scheme and
/// host) and <see cref="BaseUrl"/> (the path the blog lives under: empty on its own host, <c>/@name</c> on the
/// platform's).
/// </summary>
public sealed record ExportAddress
{
    private ExportAddress(string url, string baseUrl)
    {
        Url = url;
        BaseUrl = baseUrl;
    }

    /// <summary>Scheme, host and port, without a trailing slash (<c>https://blog.example</c>).</summary>
    public string Url { get; }

    /// <summary>The path the blog lives under, without a trailing slash; empty for a blog on its own host.</summary>
    public string BaseUrl { get; }

    /// <summary>The address of a blog's home from its absolute URL (<c>https://host/@name</c> or <c>https://host</c>).</summary>
    /// <exception cref="ArgumentException">The text is not an absolute http or https URL.</exception>
    public static ExportAddress FromBlogUrl(string blogUrl)
    {
        ArgumentNullException.ThrowIfNull(blogUrl);
        if (!Uri.TryCreate(blogUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            throw new ArgumentException($"'{blogUrl}' is not an absolute http or https URL of a blog's home.", nameof(blogUrl));
        }

        return new ExportAddress(uri.GetLeftPart(UriPartial.Authority), uri.AbsolutePath.TrimEnd('/'));
    }

    /// <summary>The absolute URL of a permalink (a decoded path; each segment is percent-encoded here).</summary>
    public string PostUrl(string permalink)
    {
        ArgumentNullException.ThrowIfNull(permalink);
        var path = new StringBuilder(Url.Length + BaseUrl.Length + permalink.Length + 16).Append(Url).Append(BaseUrl);
        var segments = permalink.TrimStart('/').Split('/');
        foreach (var segment in segments)
        {
            path.Append('/').Append(Uri.EscapeDataString(segment));
        }

        return path.ToString();
    }
}
