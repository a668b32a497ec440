using System.Text;
using Microsoft.Extensions.Options;
using Platform.Blogging.Media;

namespace Platform.Blogging.Import;

/// <summary>
/// Brings a Jekyll post's local images along (issue 13): each reference <see cref="JekyllMediaReferences"/> finds
/// is looked up in the site (root-relative from the site's root; relative from the post's folder, then from the
/// root), stored in the <see cref="MediaLibrary"/>, and the reference is rewritten to the served URL
/// (<see cref="MediaUrls"/>). A file that is not in the site, or is refused, is reported with the post that
/// references it and its link is left alone. The same bytes make the same media item, so importing again
/// rewrites to the same URLs and the post stays unchanged.
/// </summary>
public sealed class JekyllMedia(MediaLibrary library, IOptions<MediaOptions> options)
{
    /// <summary>Returns <paramref name="markdown"/> with its local image references pointing at the blog's media.</summary>
    public async Task<string> BringAsync(string blog, string postPath, string markdown, JekyllSiteFiles site, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(site);
        var references = JekyllMediaReferences.Find(markdown, site.Origin);
        if (references.Count == 0)
        {
            return markdown;
        }

        var rewritten = new StringBuilder(markdown);
        foreach (var (start, length, url) in references.Reverse())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (outcome, item, reason) = await ResolveAsync(blog, postPath, url, site, cancellationToken).ConfigureAwait(false);
            var served = item is null ? null : MediaUrls.FullSize(item);
            site.Record(new ImportMediaResult(postPath, url, outcome, item?.Id, served, reason));
            if (served is not null)
            {
                rewritten.Remove(start, length).Insert(start, served);
            }
        }

        return rewritten.ToString();
    }

    private async Task<(ImportMediaOutcome, MediaItem?, string?)> ResolveAsync(string blog, string postPath, string url, JekyllSiteFiles site, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxUploadBytes;
        foreach (var candidate in Candidates(postPath, JekyllMediaReferences.StripOrigin(url, site.Origin), site.BasePaths))
        {
            var stored = site.Stored.GetOrAdd(candidate, path => new Lazy<Task<(ImportMediaOutcome, MediaItem?, string?)>>(() => StoreAsync(blog, path, site, limit, cancellationToken)));
            var result = await stored.Value.ConfigureAwait(false);
            if (result.Item1 != ImportMediaOutcome.Missing)
            {
                return result;
            }
        }

        return (ImportMediaOutcome.Missing, null, "The file is not in the imported site.");
    }

    private async Task<(ImportMediaOutcome, MediaItem?, string?)> StoreAsync(string blog, string path, JekyllSiteFiles site, long limit, CancellationToken cancellationToken)
    {
        var file = await site.ReadAsync(path, limit).ConfigureAwait(false);
        if (file.Bytes is null)
        {
            return file.Refused is null ? (ImportMediaOutcome.Missing, null, null) : (ImportMediaOutcome.Rejected, null, file.Refused);
        }

        try
        {
            var added = await library.UploadAsync(blog, Path.GetFileName(path), file.Bytes, MediaLibrary.ImportUploader, cancellationToken).ConfigureAwait(false);
            return (ImportMediaOutcome.Stored, added.Item, null);
        }
        catch (MediaRejectedException exception)
        {
            return (ImportMediaOutcome.Rejected, null, exception.Message);
        }
    }

    /// <summary>
    /// The site paths a reference may mean, most likely first; none when it leaves the site. A root-relative path
    /// under one of <paramref name="basePaths"/> (the site's <c>baseurl</c>, e.g. <c>/blog/images/x.png</c>) means the
    /// file without it (<c>images/x.png</c>), as Jekyll serves the site there; the path as written comes after.
    /// </summary>
    internal static IEnumerable<string> Candidates(string postPath, string url, IReadOnlyList<string>? basePaths = null)
    {
        var path = Uri.UnescapeDataString(JekyllMediaReferences.StripSiteVariable(url).Split('?', '#')[0]).Replace('\\', '/');
        if (path.StartsWith('/'))
        {
            var underBase = (basePaths ?? [])
                .Select(b => "/" + b.Trim('/') + "/")
                .Where(b => b.Length > 2 && path.StartsWith(b, StringComparison.Ordinal))
                .Select(b => path[(b.Length - 1)..]);
            return underBase.Append(path).Select(p => Normalise(p[1..])).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        }

        var postFolder = postPath.Contains('/', StringComparison.Ordinal) ? postPath[..postPath.LastIndexOf('/')] : "";
        var postsAt = postPath.IndexOf("_posts/", StringComparison.Ordinal);
        var draftsAt = postPath.IndexOf("_drafts/", StringComparison.Ordinal);
        var siteRoot = postsAt >= 0 ? postPath[..postsAt] : draftsAt >= 0 ? postPath[..draftsAt] : "";
        var fromPost = Normalise(Combine(postFolder, path));
        var fromRoot = Normalise(siteRoot + string.Join('/', path.Split('/').SkipWhile(s => s is "." or "..")));
        return new[] { fromPost, fromRoot }.OfType<string>().Distinct(StringComparer.Ordinal).Select(p => StripRoot(p, siteRoot));
    }

    private static string StripRoot(string path, string siteRoot) =>
        siteRoot.Length > 0 && path.StartsWith(siteRoot, StringComparison.Ordinal) ? path[siteRoot.Length..] : path;

    private static string Combine(string folder, string path) => folder.Length == 0 ? path : folder + "/" + path;

    /// <summary>Resolves <c>.</c> and <c>..</c>; null when the path climbs out of the site or is empty.</summary>
    private static string? Normalise(string path)
    {
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(segment);
                    break;
            }
        }

        return parts.Count == 0 ? null : string.Join('/', parts);
    }
}
