using Platform.Blogging.Content;

namespace Platform.Blogging.Blogs;

/// <summary>A blog's settings. Immutable: change it with <c>with</c> and <see cref="IBlogGrain.UpdateSettings"/>.</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.BlogSettings")]
public sealed record BlogSettings
{
    /// <summary>Default permalink pattern: Jekyll's <c>pretty</c> style.</summary>
    public const string DefaultPermalinkPattern = "pretty";

    /// <summary>The blog's name (its key).</summary>
    [Id(0)]
    public required string Name { get; init; }

    /// <summary>The blog's title.</summary>
    [Id(1)]
    public required string Title { get; init; }

    /// <summary>A sentence shown under the title and in feeds.</summary>
    [Id(2)]
    public string Description { get; init; } = "";

    /// <summary>The author shown on posts and in feeds.</summary>
    [Id(3)]
    public string Author { get; init; } = "";

    /// <summary>The language of the blog's pages (<c>en</c>, <c>ko</c>, ...).</summary>
    [Id(4)]
    public string Locale { get; init; } = "en";

    /// <summary>An IANA time zone id (e.g. <c>Asia/Seoul</c>): dates without an offset are read in it; days for analytics are its days.</summary>
    [Id(5)]
    public string TimeZone { get; init; } = "UTC";

    /// <summary>A Jekyll permalink style or pattern (<c>pretty</c>, <c>date</c>, <c>/:year/:title/</c>, ...).</summary>
    [Id(6)]
    public string PermalinkPattern { get; init; } = DefaultPermalinkPattern;

    /// <summary>Host names that serve this blog.</summary>
    [Id(7)]
    public IReadOnlyList<string> CustomDomains { get; init; } = [];

    /// <summary>Posts per page on the home, tag and category pages.</summary>
    [Id(8)]
    public int PostsPerPage { get; init; } = 10;

    /// <summary>When the blog was created.</summary>
    [Id(9)]
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// The Markdown dialect of posts whose front matter has no <c>markdown</c> key. Blogs made before this setting
    /// existed read as <see cref="Content.MarkdownDialect.CommonMark"/>, as they rendered then.
    /// </summary>
    [Id(10)]
    public MarkdownDialect MarkdownDialect { get; init; } = MarkdownDialect.CommonMark;

    /// <summary>
    /// Jekyll's site <c>excerpt_separator</c>: when a post contains it, the post's excerpt is the text before it
    /// (front matter <c>excerpt_separator</c> wins). <see langword="null"/> for the default excerpt.
    /// </summary>
    [Id(11)]
    public string? ExcerptSeparator { get; init; }

    /// <summary>The links of the blog's header after "Home" (at most <see cref="NavigationLink.MaxLinks"/>); empty for none.</summary>
    [Id(12)]
    public IReadOnlyList<NavigationLink> Navigation { get; init; } = [];

    /// <summary>The resolved time zone.</summary>
    public TimeZoneInfo ResolveTimeZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
