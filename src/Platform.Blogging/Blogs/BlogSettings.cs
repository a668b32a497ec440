namespace Platform.Blogging.Blogs;

/// <summary>A blog's settings. Immutable: change it with <c>with</c> and <see cref="IBlogGrain.UpdateSettings"/>.</summary>
public sealed record BlogSettings
{
    /// <summary>Default permalink pattern: Jekyll's <c>pretty</c> style.</summary>
    public const string DefaultPermalinkPattern = "pretty";

    /// <summary>The blog's name (its key).</summary>
    public required string Name { get; init; }

    /// <summary>The blog's title.</summary>
    public required string Title { get; init; }

    /// <summary>A sentence shown under the title and in feeds.</summary>
    public string Description { get; init; } = "";

    /// <summary>The author shown on posts and in feeds.</summary>
    public string Author { get; init; } = "";

    /// <summary>The language of the blog's pages (<c>en</c>, <c>ko</c>, ...).</summary>
    public string Locale { get; init; } = "en";

    /// <summary>An IANA time zone id (e.g. <c>Asia/Seoul</c>): dates without an offset are read in it; days for analytics are its days.</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>A Jekyll permalink style or pattern (<c>pretty</c>, <c>date</c>, <c>/:year/:title/</c>, ...).</summary>
    public string PermalinkPattern { get; init; } = DefaultPermalinkPattern;

    /// <summary>Host names that serve this blog.</summary>
    public IReadOnlyList<string> CustomDomains { get; init; } = [];

    /// <summary>Posts per page on the home, tag and category pages.</summary>
    public int PostsPerPage { get; init; } = 10;

    /// <summary>When the blog was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The resolved time zone.</summary>
    public TimeZoneInfo ResolveTimeZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
