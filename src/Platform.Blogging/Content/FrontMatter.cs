namespace Platform.Blogging.Content;

/// <summary>
/// The YAML front matter of a post, with Jekyll's known keys typed and every other key kept in
/// <see cref="Extra"/>. A key that is absent stays <see langword="null"/> (or empty, for lists).
/// </summary>
public sealed record FrontMatter
{
    // Declared first: static initialisers run in text order and Empty below needs it.
    private static readonly IReadOnlyDictionary<string, object?> EmptyExtra =
        new System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>(new Dictionary<string, object?>());

    /// <summary>An empty front matter (a file without a <c>---</c> block).</summary>
    public static FrontMatter Empty { get; } = new();

    /// <summary><c>title</c>.</summary>
    public string? Title { get; init; }

    /// <summary><c>date</c>, with its own offset, or the blog's time zone offset when it had none.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary><c>last_modified_at</c>, read like <see cref="Date"/>.</summary>
    public DateTimeOffset? LastModified { get; init; }

    /// <summary><c>permalink</c>, verbatim; it may contain placeholders (see <see cref="PermalinkBuilder"/>).</summary>
    public string? Permalink { get; init; }

    /// <summary><c>categories</c> as a path from the root: a YAML list keeps each item whole, a string is split on spaces.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary><c>tags</c>: a YAML list keeps each item whole, a string is split on spaces.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary><c>slug</c>, verbatim.</summary>
    public string? Slug { get; init; }

    /// <summary><c>description</c>.</summary>
    public string? Description { get; init; }

    /// <summary><c>published</c> (Jekyll: <see langword="false"/> hides the post).</summary>
    public bool? Published { get; init; }

    /// <summary><c>draft</c>.</summary>
    public bool? Draft { get; init; }

    /// <summary><c>image</c>: a URL or path, verbatim.</summary>
    public string? Image { get; init; }

    /// <summary>
    /// <c>markdown</c>: the dialect the body is written in (<c>kramdown</c> or <c>commonmark</c>), or
    /// <see langword="null"/> to use the blog's.
    /// </summary>
    public MarkdownDialect? Markdown { get; init; }

    /// <summary><c>excerpt_separator</c>: the text that ends the excerpt (Jekyll's key), verbatim.</summary>
    public string? ExcerptSeparator { get; init; }

    /// <summary>
    /// Every key that is not one of the known ones. Values are <see langword="null"/>, <see cref="string"/>,
    /// <see cref="bool"/>, <see cref="long"/>, <see cref="double"/> (plain YAML scalars are typed by the YAML core
    /// schema, quoted ones stay strings), <see cref="IReadOnlyList{T}"/> of values, or
    /// <see cref="IReadOnlyDictionary{TKey, TValue}"/> of values.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = EmptyExtra;
}
