namespace Platform.Blogging.Content;

/// <summary>What <see cref="PostRenderer"/> needs to know besides the file itself.</summary>
/// <param name="TimeZone">The blog's time zone: dates written without an offset are read in it.</param>
public sealed record RenderContext(TimeZoneInfo TimeZone)
{
    /// <summary>The default <see cref="MaxBytes"/>: 1 MiB of UTF-8.</summary>
    public const int DefaultMaxBytes = 1_048_576;

    /// <summary>The file name (e.g. <c>2025-08-26-first-post.md</c>), used for the title when nothing else gives one.</summary>
    public string? FileName { get; init; }

    /// <summary>The blog's dialect: used when the post's front matter has no <c>markdown</c> key.</summary>
    public MarkdownDialect Dialect { get; init; } = MarkdownDialect.CommonMark;

    /// <summary>
    /// The blog's excerpt separator (Jekyll's site <c>excerpt_separator</c>), used when the post's front matter has
    /// none; <see langword="null"/> for the default excerpt (see <see cref="ExcerptBuilder"/>).
    /// </summary>
    public string? ExcerptSeparator { get; init; }

    /// <summary>The largest accepted file, in bytes of UTF-8 (front matter included).</summary>
    public int MaxBytes { get; init; } = DefaultMaxBytes;
}
