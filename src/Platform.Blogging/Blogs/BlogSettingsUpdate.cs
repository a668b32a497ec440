namespace Platform.Blogging.Blogs;

/// <summary>A partial change of settings: null members stay as they are.</summary>
public sealed record BlogSettingsUpdate
{
    /// <summary>New title.</summary>
    public string? Title { get; init; }

    /// <summary>New description.</summary>
    public string? Description { get; init; }

    /// <summary>New author.</summary>
    public string? Author { get; init; }

    /// <summary>New locale.</summary>
    public string? Locale { get; init; }

    /// <summary>New time zone id.</summary>
    public string? TimeZone { get; init; }

    /// <summary>New permalink pattern (applies to posts saved from now on; existing posts keep their URLs).</summary>
    public string? PermalinkPattern { get; init; }

    /// <summary>New set of custom domains.</summary>
    public IReadOnlyList<string>? CustomDomains { get; init; }

    /// <summary>New page size.</summary>
    public int? PostsPerPage { get; init; }
}
