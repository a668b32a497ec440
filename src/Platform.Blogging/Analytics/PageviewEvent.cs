namespace Platform.Blogging.Analytics;

/// <summary>
/// One counted pageview as the gateway describes it: when, by which (salted, daily) visitor, of which page, and the
/// visit's properties. It holds no IP address and no User-Agent: the visitor is a 64-bit hash of a salt that is
/// deleted within two days, and the rest are classes (country, device, browser, OS), never the raw strings.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.PageviewEvent")]
public sealed record PageviewEvent
{
    /// <summary>When the page was served.</summary>
    [Id(0)]
    public required DateTimeOffset At { get; init; }

    /// <summary>The visitor: a hash of today's salt (in the blog's time zone), the blog, the client IP and the User-Agent.</summary>
    [Id(1)]
    public required ulong Visitor { get; init; }

    /// <summary>The same visitor under yesterday's salt, sent in the half hour after midnight so a visit can cross it.</summary>
    [Id(2)]
    public ulong? PreviousVisitor { get; init; }

    /// <summary>The page's path on the blog (no query string).</summary>
    [Id(3)]
    public required string Page { get; init; }

    /// <summary>The source's display name (<c>Google</c>, <c>Naver</c>, a host); null for direct traffic.</summary>
    [Id(4)]
    public string? Source { get; init; }

    /// <summary>The referring host and path; null for direct traffic.</summary>
    [Id(5)]
    public string? Referrer { get; init; }

    /// <summary><c>utm_source</c>.</summary>
    [Id(6)]
    public string? UtmSource { get; init; }

    /// <summary><c>utm_medium</c>.</summary>
    [Id(7)]
    public string? UtmMedium { get; init; }

    /// <summary><c>utm_campaign</c>.</summary>
    [Id(8)]
    public string? UtmCampaign { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country, or null when unknown.</summary>
    [Id(9)]
    public string? Country { get; init; }

    /// <summary>Desktop, Mobile or Tablet.</summary>
    [Id(10)]
    public string? Device { get; init; }

    /// <summary>The browser family.</summary>
    [Id(11)]
    public string? Browser { get; init; }

    /// <summary>The operating system family.</summary>
    [Id(12)]
    public string? Os { get; init; }

    /// <summary>The post's tags, when the page is a post.</summary>
    [Id(13)]
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>The post's categories (each as its path joined by <c>/</c>), when the page is a post.</summary>
    [Id(14)]
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>
    /// The views this event stands for (default 1): the silo folds a visitor's further views within one flush
    /// interval into the visitor's first event, so a busy page adds no event per view.
    /// </summary>
    [Id(15)]
    public int Views { get; init; } = 1;

    /// <summary>When the last of <see cref="Views"/> was served (null: <see cref="At"/>).</summary>
    [Id(16)]
    public DateTimeOffset? LastAt { get; init; }

    /// <summary>The pages of the views after the first, in order, consecutive repeats of a page counted once (at most <see cref="VisitRecord.MaxPages"/> runs; views past that count without their page).</summary>
    [Id(17)]
    public IReadOnlyList<PageRun>? Then { get; init; }
}

/// <summary>Consecutive views of one page.</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.PageRun")]
public sealed record PageRun(
    [property: Id(0)] string Page,
    [property: Id(1)] int Views,
    [property: Id(2)] IReadOnlyList<string>? Tags,
    [property: Id(3)] IReadOnlyList<string>? Categories);
