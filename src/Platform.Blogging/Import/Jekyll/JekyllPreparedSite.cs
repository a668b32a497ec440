using Platform.Blogging.Blogs;

namespace Platform.Blogging.Import.Jekyll;

/// <summary>A site checked and converted, ready to store: nothing has been written yet.</summary>
/// <param name="Posts">The post and draft files, their Liquid resolved, defaults applied and links rewritten.</param>
/// <param name="Skipped">Results for files that are not imported (pages), to add to the report.</param>
/// <param name="Warnings">What each post file's conversion reported, by its path.</param>
/// <param name="SettingsUpdate">The blog settings <c>_config.yml</c> gives, when they are to be applied; null otherwise.</param>
/// <param name="Notes">What the import says about the site as a whole (<c>_config.yml</c>).</param>
public sealed record JekyllPreparedSite(
    IReadOnlyList<ImportSourceFile> Posts,
    IReadOnlyList<ImportFileResult> Skipped,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Warnings,
    BlogSettingsUpdate? SettingsUpdate,
    IReadOnlyList<string> Notes)
{
    /// <summary>
    /// The site's base paths: the old <c>baseurl</c> (<c>/blog</c>) and the new blog's base path that
    /// <c>{{ site.baseurl }}</c> became, each when not empty. A root-relative reference under one of them
    /// (<c>/blog/images/x.png</c>) means the site's file without it (<c>images/x.png</c>), as Jekyll serves it.
    /// </summary>
    public IReadOnlyList<string> BasePaths { get; init; } = [];

    /// <summary>
    /// The new blog's origin (<c>https://notes.example</c>) when the import was given one, else empty: links to the old
    /// site are rewritten to it, so a reference on it still means a file of the site.
    /// </summary>
    public string Origin { get; init; } = "";
}
