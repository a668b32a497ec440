using System.Text.RegularExpressions;
using Platform.Blogging.Authoring;
using Platform.Blogging.Media;

namespace Platform.Blogging.Import.WordPress;

/// <summary>
/// Points converted posts at the downloaded attachments: every absolute (or protocol-relative) URL of a downloaded
/// attachment in a post's source (body and front matter, so the featured image too) becomes the media item's served
/// URL. WordPress's resized copies of the same file (<c>name-300x200.jpg</c>), its <c>-scaled</c> and <c>-rotated</c>
/// originals, either scheme and a query string all count as the attachment. An <c>&lt;img&gt;</c> whose <c>src</c> is
/// now a media URL loses WordPress's <c>srcset</c> and <c>sizes</c>, so the blog's own srcset (every stored width, WebP)
/// takes their place when the post is shown.
/// </summary>
internal sealed partial class AttachmentLinks
{
    private readonly Dictionary<string, string> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _family = new(StringComparer.Ordinal);
    private readonly HashSet<string> _served = new(StringComparer.Ordinal);
    private readonly Regex? _urls;

    /// <summary>Links for the attachments of <paramref name="results"/> that were downloaded.</summary>
    public AttachmentLinks(IEnumerable<AttachmentResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var authorities = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var result in results)
        {
            if (result is not { Outcome: AttachmentOutcome.Downloaded, MediaUrl: { } served } || !Uri.TryCreate(result.Url, UriKind.Absolute, out var uri))
            {
                continue;
            }

            var path = Uri.UnescapeDataString(uri.AbsolutePath);
            authorities.Add(uri.Authority);
            _exact.TryAdd(path, served);
            _family.TryAdd(Family(path), served);
            _served.Add(served);
        }

        if (authorities.Count > 0)
        {
            var hosts = string.Join('|', authorities.Select(Regex.Escape));
            _urls = new Regex(
                @"(?:https?:)?//(?:" + hosts + @")(?<path>/[^\s""'<>()\[\]?#\\]*)(?:\?[^\s""'<>()\[\]#\\]*)?(?![^\s""'<>()\[\]#\\])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
                TimeSpan.FromSeconds(2));
        }
    }

    /// <summary>Whether any attachment was downloaded (otherwise nothing is rewritten).</summary>
    public bool Any => _urls is not null;

    /// <summary>The posts with their attachment links rewritten; items that are not stored pass through as they are.</summary>
    public IReadOnlyList<ImportItem> Rewrite(IReadOnlyList<ImportItem> posts)
    {
        ArgumentNullException.ThrowIfNull(posts);
        return _urls is null ? posts : posts.Select(Rewrite).ToArray();
    }

    private ImportItem Rewrite(ImportItem item)
    {
        if (item.Source is not { } source)
        {
            return item;
        }

        var rewritten = Rewrite(source.Markdown);
        return ReferenceEquals(rewritten, source.Markdown) ? item : item with { Source = source with { Markdown = rewritten } };
    }

    /// <summary>One post's source with its attachment links rewritten (the same string when none matched).</summary>
    internal string Rewrite(string markdown)
    {
        if (_urls is null)
        {
            return markdown;
        }

        var changed = false;
        var text = _urls.Replace(markdown, match =>
        {
            var path = Uri.UnescapeDataString(match.Groups["path"].Value);
            if (!_exact.TryGetValue(path, out var served) && !_family.TryGetValue(Family(path), out served))
            {
                return match.Value;
            }

            changed = true;
            return served;
        });
        return changed ? ImageTag().Replace(text, DropSrcSet) : markdown;
    }

    /// <summary>The path of the attachment's original: without WordPress's <c>-WxH</c>, <c>-scaled</c> or <c>-rotated</c> before the extension.</summary>
    internal static string Family(string path)
    {
        var slash = path.LastIndexOf('/');
        var dot = path.LastIndexOf('.');
        if (dot <= slash)
        {
            return path;
        }

        var stem = path[..dot];
        var match = SizeSuffix().Match(stem, slash + 1);
        return match.Success ? stem[..match.Index] + path[dot..] : path;
    }

    private string DropSrcSet(Match tag)
    {
        var src = SrcAttribute().Match(tag.Value);
        if (!src.Success || !_served.Contains(src.Groups["url"].Value))
        {
            return tag.Value;
        }

        return ResponsiveAttribute().Replace(tag.Value, "");
    }

    [GeneratedRegex(@"(?:-\d{1,5}x\d{1,5}|-scaled|-rotated)+$", RegexOptions.CultureInvariant)]
    private static partial Regex SizeSuffix();

    [GeneratedRegex(@"<img\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex ImageTag();

    [GeneratedRegex(@"\ssrc\s*=\s*[""'](?<url>[^""']*)[""']", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SrcAttribute();

    [GeneratedRegex(@"\s(?:srcset|sizes)\s*=\s*(?:""[^""]*""|'[^']*')", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ResponsiveAttribute();
}
