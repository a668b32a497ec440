namespace Platform.Blogging.Import.Ghost;

/// <summary>Choices for one Ghost import.</summary>
public sealed record GhostImportOptions
{
    /// <summary>
    /// The old Ghost site's address (e.g. <c>https://old.example.com</c>). Ghost writes links to its own files as
    /// <c>__GHOST_URL__/content/...</c>; with this set they point back at the old site, without it they become
    /// root-relative paths (<c>/content/...</c>), which only work once those files are served from the new blog.
    /// </summary>
    public Uri? SiteUrl { get; init; }
}
