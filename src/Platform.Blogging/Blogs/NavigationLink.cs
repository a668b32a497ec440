namespace Platform.Blogging.Blogs;

/// <summary>One link of a blog's navigation, shown in its header after "Home".</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.NavigationLink")]
public sealed record NavigationLink
{
    /// <summary>The most links a blog's navigation holds.</summary>
    public const int MaxLinks = 12;

    /// <summary>The longest label.</summary>
    public const int MaxLabelLength = 40;

    /// <summary>The longest URL.</summary>
    public const int MaxUrlLength = 500;

    /// <summary>The words shown.</summary>
    [Id(0)]
    public required string Label { get; init; }

    /// <summary>A path of the blog (<c>/about/</c>) or an absolute <c>http</c> or <c>https</c> URL.</summary>
    [Id(1)]
    public required string Url { get; init; }

    /// <summary>Whether <paramref name="url"/> is a path of the blog or an http(s) URL, and nothing that could run script.</summary>
    public static bool IsAllowedUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > MaxUrlLength || url.Any(char.IsControl) || url.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        if (url.StartsWith('/'))
        {
            return !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal);
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var absolute)
            && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp)
            && absolute.Host.Length > 0;
    }
}
