namespace Platform.Blogging.Posts;

/// <summary>A post's content as stored: the Markdown file and what was rendered from it (sanitised HTML kept ready).</summary>
public sealed record PostContent
{
    /// <summary>The Markdown file with its front matter, exactly as the author sent it.</summary>
    public required string Source { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The slug the blog assigned.</summary>
    public required string Slug { get; init; }

    /// <summary>The sanitised HTML body.</summary>
    public required string Html { get; init; }

    /// <summary>Plain-text excerpt.</summary>
    public string Excerpt { get; init; } = "";

    /// <summary>Minutes to read.</summary>
    public int ReadingTimeMinutes { get; init; }

    /// <summary>Words (CJK characters count separately into reading time).</summary>
    public int WordCount { get; init; }

    /// <summary>Publication date with its offset.</summary>
    public required DateTimeOffset Date { get; init; }

    /// <summary>Last modification, when known.</summary>
    public DateTimeOffset? LastModified { get; init; }

    /// <summary>Never public while true.</summary>
    public bool IsDraft { get; init; }

    /// <summary>The category path.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>The tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Front matter description.</summary>
    public string? Description { get; init; }

    /// <summary>Front matter image.</summary>
    public string? Image { get; init; }

    /// <summary>The blog's time zone when the post was saved: view counts are bucketed by its days.</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>Who created the post (an access token's id), when it was created through the author API; kept across edits.</summary>
    public string? OwnerId { get; init; }
}
