using Platform.Blogging.Content;

namespace Platform.Blogging.Blogs;

/// <summary>A partial change of settings: null members stay as they are.</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.BlogSettingsUpdate")]
public sealed record BlogSettingsUpdate
{
    /// <summary>New title.</summary>
    [Id(0)]
    public string? Title { get; init; }

    /// <summary>New description.</summary>
    [Id(1)]
    public string? Description { get; init; }

    /// <summary>New author.</summary>
    [Id(2)]
    public string? Author { get; init; }

    /// <summary>New locale.</summary>
    [Id(3)]
    public string? Locale { get; init; }

    /// <summary>New time zone id.</summary>
    [Id(4)]
    public string? TimeZone { get; init; }

    /// <summary>New permalink pattern (applies to posts saved from now on; existing posts keep their URLs).</summary>
    [Id(5)]
    public string? PermalinkPattern { get; init; }

    /// <summary>New set of custom domains.</summary>
    [Id(6)]
    public IReadOnlyList<string>? CustomDomains { get; init; }

    /// <summary>New page size.</summary>
    [Id(7)]
    public int? PostsPerPage { get; init; }

    /// <summary>New default Markdown dialect (applies to posts saved from now on).</summary>
    [Id(8)]
    public MarkdownDialect? MarkdownDialect { get; init; }

    /// <summary>New excerpt separator; an empty string removes it (posts saved from now on).</summary>
    [Id(9)]
    public string? ExcerptSeparator { get; init; }

    /// <summary>New navigation links (replaces them all; an empty list removes them).</summary>
    [Id(10)]
    public IReadOnlyList<NavigationLink>? Navigation { get; init; }
}
