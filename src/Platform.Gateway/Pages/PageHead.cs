namespace Platform.Gateway.Pages;

/// <summary>What goes into a page's head: title, description, canonical URL, OpenGraph type and image, JSON-LD.</summary>
internal sealed record PageHead(string Title, string Description, string CanonicalHref)
{
    /// <summary><c>website</c> or <c>article</c>.</summary>
    public string OgType { get; init; } = "website";

    /// <summary>An absolute or blog-relative image URL.</summary>
    public string? Image { get; init; }

    /// <summary>A JSON-LD document (already serialised, script-safe).</summary>
    public string? JsonLd { get; init; }

    /// <summary>An absolute canonical URL elsewhere (a post's <c>canonical_url</c>) that replaces <see cref="CanonicalHref"/>.</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>True for pages search engines should not index (404).</summary>
    public bool NoIndex { get; init; }
}
