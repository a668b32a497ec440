namespace Platform.Blogging.Content;

/// <summary>The names a <see cref="MarkdownDialect"/> is written with, in front matter and in blog settings.</summary>
public static class MarkdownDialectNames
{
    /// <summary>The name of <see cref="MarkdownDialect.Kramdown"/>, as Jekyll's <c>markdown:</c> setting spells it.</summary>
    public const string Kramdown = "kramdown";

    /// <summary>The name of <see cref="MarkdownDialect.CommonMark"/>.</summary>
    public const string CommonMark = "commonmark";

    /// <summary>
    /// Reads a dialect name, ignoring case and surrounding spaces: <c>kramdown</c>, or <c>commonmark</c>
    /// (also written <c>gfm</c> or <c>CommonMarkGhPages</c>, Jekyll's names for the CommonMark converters).
    /// </summary>
    /// <param name="name">The name as written.</param>
    /// <param name="dialect">The dialect, when the name is known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse(string? name, out MarkdownDialect dialect)
    {
        switch (name?.Trim().ToUpperInvariant())
        {
            case "KRAMDOWN":
                dialect = MarkdownDialect.Kramdown;
                return true;
            case "COMMONMARK" or "GFM" or "COMMONMARKGHPAGES":
                dialect = MarkdownDialect.CommonMark;
                return true;
            default:
                dialect = MarkdownDialect.CommonMark;
                return false;
        }
    }

    /// <summary>The name of <paramref name="dialect"/> (<c>commonmark</c> or <c>kramdown</c>).</summary>
    /// <param name="dialect">The dialect.</param>
    /// <returns>Its name.</returns>
    public static string NameOf(MarkdownDialect dialect) =>
        dialect == MarkdownDialect.Kramdown ? Kramdown : CommonMark;
}
