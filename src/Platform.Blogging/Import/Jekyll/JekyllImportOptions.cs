namespace Platform.Blogging.Import.Jekyll;

/// <summary>How a Jekyll site is imported.</summary>
public sealed record JekyllImportOptions
{
    /// <summary>The default options: settings applied only to a blog without posts, links made root-relative.</summary>
    public static JekyllImportOptions Default { get; } = new();

    /// <summary>
    /// The new blog's public address (<c>https://notes.example</c> or <c>http://localhost:5000/@notes</c>): what
    /// <c>{{ site.url }}</c> and <c>{{ site.baseurl }}</c> become and where absolute links to the old site point.
    /// Null: both are empty and links become root-relative (<c>/2024/03/01/post/</c>).
    /// </summary>
    public Uri? NewUrl { get; init; }

    /// <summary>
    /// Apply <c>_config.yml</c>'s title, description, time zone, permalink and excerpt separator to the blog even when
    /// it has posts already (a blog without posts always takes them).
    /// </summary>
    public bool ApplyConfig { get; init; }
}
