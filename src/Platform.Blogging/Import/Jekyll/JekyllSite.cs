namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// A Jekyll site's files, with paths relative to the site's root (the folder holding <c>_config.yml</c>, else the
/// one holding <c>_posts</c>): its configuration, its posts (in any <c>_posts</c> folder) and drafts (<c>_drafts</c>),
/// and every other file (pages, images, assets), which <c>{% link %}</c> may name. A zip or folder holding only post
/// files (no <c>_posts</c> or <c>_drafts</c> folder) is read as posts, as before the site was read whole.
/// </summary>
public sealed class JekyllSite
{
    /// <summary>Folders a site build or its tools write, never read.</summary>
    private static readonly string[] Ignored = ["_site/", ".git/", ".jekyll-cache/", ".sass-cache/", "node_modules/", "vendor/", ".bundle/"];

    private JekyllSite(string root, ImportSourceFile? config, IReadOnlyList<ImportSourceFile> posts, IReadOnlyList<ImportSourceFile> others)
    {
        Root = root;
        Config = config;
        Posts = posts;
        Others = others;
    }

    /// <summary>The root's path in the archive or folder (<c>site/</c>), or empty.</summary>
    public string Root { get; }

    /// <summary><c>_config.yml</c> (or <c>_config.yaml</c>), if the site has one.</summary>
    public ImportSourceFile? Config { get; }

    /// <summary>The post and draft files (and files in those folders that are not posts, which the import reports).</summary>
    public IReadOnlyList<ImportSourceFile> Posts { get; }

    /// <summary>Every other file of the site.</summary>
    public IReadOnlyList<ImportSourceFile> Others { get; }

    /// <summary>Whether a path (relative to the root) names a file of the site.</summary>
    public bool Contains(string path) => Others.Any(f => string.Equals(f.Path, path, StringComparison.Ordinal)) || Posts.Any(f => string.Equals(f.Path, path, StringComparison.Ordinal));

    /// <summary>Sorts <paramref name="files"/> (paths with <c>/</c>) into a site.</summary>
    public static JekyllSite From(IReadOnlyList<ImportSourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var root = FindRoot(files);
        var inSite = files
            .Where(f => f.Path.StartsWith(root, StringComparison.Ordinal))
            .Select(f => f with { Path = f.Path[root.Length..] })
            .Where(f => f.Path.Length > 0 && !Ignored.Any(i => ("/" + f.Path).Contains("/" + i, StringComparison.Ordinal)))
            .ToArray();
        var config = inSite.FirstOrDefault(f => f.Path is "_config.yml") ?? inSite.FirstOrDefault(f => f.Path is "_config.yaml");
        var hasFolders = inSite.Any(f => IsPostPath(f.Path));
        var posts = hasFolders ? inSite.Where(f => IsPostPath(f.Path)).ToArray() : inSite.Where(f => f != config).ToArray();
        var others = hasFolders ? inSite.Where(f => !IsPostPath(f.Path) && f != config).ToArray() : [];
        return new JekyllSite(root, config, posts, others);
    }

    /// <summary>Whether a path lies in a <c>_posts</c> or <c>_drafts</c> folder.</summary>
    public static bool IsPostPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var slashed = "/" + path;
        return slashed.Contains("/_posts/", StringComparison.Ordinal) || JekyllDraftName.IsInDrafts(path);
    }

    private static string FindRoot(IReadOnlyList<ImportSourceFile> files)
    {
        static int Depth(string prefix) => prefix.Count(c => c == '/');
        var configs = files.Select(f => f.Path).Where(p => p.EndsWith("_config.yml", StringComparison.Ordinal) && (p == "_config.yml" || p.EndsWith("/_config.yml", StringComparison.Ordinal)))
            .Select(p => p[..^"_config.yml".Length]).ToArray();
        if (configs.Length > 0)
        {
            return configs.OrderBy(Depth).ThenBy(p => p, StringComparer.Ordinal).First();
        }

        var postRoots = files.Select(f => "/" + f.Path).Select(p => Math.Max(p.IndexOf("/_posts/", StringComparison.Ordinal), p.IndexOf("/_drafts/", StringComparison.Ordinal)) is var i and >= 0 ? p[1..(i + 1)] : null)
            .OfType<string>().ToArray();
        return postRoots.Length > 0 ? postRoots.OrderBy(Depth).ThenBy(p => p, StringComparer.Ordinal).First() : "";
    }
}
