namespace Platform.Blogging.Posts;

/// <summary>A post's content as stored: the Markdown file and what was rendered from it (sanitised HTML kept ready).</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.PostContent")]
public sealed record PostContent
{
    /// <summary>The Markdown file with its front matter, exactly as the author sent it.</summary>
    [Id(0)]
    public required string Source { get; init; }

    /// <summary>The title.</summary>
    [Id(1)]
    public required string Title { get; init; }

    /// <summary>The slug the blog assigned.</summary>
    [Id(2)]
    public required string Slug { get; init; }

    /// <summary>The sanitised HTML body.</summary>
    [Id(3)]
    public required string Html { get; init; }

    /// <summary>Plain-text excerpt.</summary>
    [Id(4)]
    public string Excerpt { get; init; } = "";

    /// <summary>Minutes to read.</summary>
    [Id(5)]
    public int ReadingTimeMinutes { get; init; }

    /// <summary>Words (CJK characters count separately into reading time).</summary>
    [Id(6)]
    public int WordCount { get; init; }

    /// <summary>Publication date with its offset.</summary>
    [Id(7)]
    public required DateTimeOffset Date { get; init; }

    /// <summary>Last modification, when known.</summary>
    [Id(8)]
    public DateTimeOffset? LastModified { get; init; }

    /// <summary>Never public while true.</summary>
    [Id(9)]
    public bool IsDraft { get; init; }

    /// <summary>The category path.</summary>
    [Id(10)]
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>The tags.</summary>
    [Id(11)]
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Front matter description.</summary>
    [Id(12)]
    public string? Description { get; init; }

    /// <summary>Front matter image.</summary>
    [Id(13)]
    public string? Image { get; init; }

    /// <summary>The blog's time zone when the post was saved: view counts are bucketed by its days.</summary>
    [Id(14)]
    public string TimeZone { get; init; } = "UTC";

    /// <summary>Who created the post (an access token's id), when it was created through the author API; kept across edits.</summary>
    [Id(15)]
    public string? OwnerId { get; init; }
}
