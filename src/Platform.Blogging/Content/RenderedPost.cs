namespace Platform.Blogging.Content;

/// <summary>A post rendered once per edit: everything a page, feed or index needs, with sanitised HTML.</summary>
public sealed record RenderedPost
{
    /// <summary>The title: front matter <c>title</c>, else the first <c># heading</c>, else derived from the file name.</summary>
    public required string Title { get; init; }

    /// <summary>Front matter <c>slug</c> (slugified), else generated from <see cref="Title"/>.</summary>
    public required string Slug { get; init; }

    /// <summary>Front matter <c>date</c>, with its offset.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>Front matter <c>last_modified_at</c>, with its offset.</summary>
    public DateTimeOffset? LastModified { get; init; }

    /// <summary>Front matter <c>permalink</c>, verbatim; <see cref="PermalinkBuilder"/> applies it or the blog's pattern.</summary>
    public string? Permalink { get; init; }

    /// <summary>The category path from the root (e.g. <c>Backend</c>, <c>Django</c>).</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>The tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Front matter <c>description</c>.</summary>
    public string? Description { get; init; }

    /// <summary>Front matter <c>image</c>, verbatim.</summary>
    public string? Image { get; init; }

    /// <summary>Whether the post is a draft: <c>draft: true</c> or <c>published: false</c>.</summary>
    public bool IsDraft { get; init; }

    /// <summary>The dialect the body was rendered in: front matter <c>markdown</c>, else the blog's.</summary>
    public MarkdownDialect Dialect { get; init; }

    /// <summary>The body as sanitised HTML.</summary>
    public required string Html { get; init; }

    /// <summary>The plain-text excerpt (see <see cref="ExcerptBuilder"/>).</summary>
    public required string Excerpt { get; init; }

    /// <summary>Minutes to read (see <see cref="ReadingTime"/>), at least 1.</summary>
    public int ReadingTimeMinutes { get; init; }

    /// <summary>Words plus CJK characters of the visible text (see <see cref="TextStatistics.WordCount"/>).</summary>
    public int WordCount { get; init; }

    /// <summary>Front matter keys other than the known ones.</summary>
    public IReadOnlyDictionary<string, object?> ExtraFrontMatter { get; init; } = FrontMatter.Empty.Extra;

    /// <summary>The whole source file as given (front matter included).</summary>
    public required string Source { get; init; }

    /// <summary>The Markdown body, without front matter.</summary>
    public required string Markdown { get; init; }
}
