using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Blogging.Media;

/// <summary>
/// The addresses of media files on the blog's host, root-relative: <c>/media/{id}/{width}w.{ext}</c>. The full-size
/// file's name carries the image's width, so the responsive copies that exist (every width of
/// <see cref="ImageProcessor.Widths"/> narrower than it) follow from the URL alone, and a post links to one URL.
/// Ids come from the uploaded bytes: a URL always means the same bytes, so responses may be cached for good.
/// </summary>
public static partial class MediaUrls
{
    /// <summary>The first path segment of media URLs on a blog's host.</summary>
    public const string Prefix = "/media/";

    /// <summary>The <c>sizes</c> value for an image without a width: the content column (about 51rem), or the viewport on narrow screens.</summary>
    public const string DefaultSizes = "(max-width: 52rem) 100vw, 51rem";

    /// <summary>The URL of one stored file of an item.</summary>
    public static string Of(MediaItem item, MediaVariant variant)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(variant);
        return Prefix + item.Id + "/" + variant.File;
    }

    /// <summary>The URL posts link to: the full-size file in the uploaded format.</summary>
    public static string FullSize(MediaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Of(item, item.FullSize());
    }

    /// <summary>Reads a URL of the form <c>/media/{id}/{width}w.{ext}</c> (a query or fragment is not allowed).</summary>
    public static bool TryParse(string? url, out string id, out int width, out string extension)
    {
        id = extension = "";
        width = 0;
        var match = url is null ? null : UrlPattern().Match(url);
        if (match is null || !match.Success || !int.TryParse(match.Groups["w"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out width) || width is < 1 or > 65_535)
        {
            return false;
        }

        id = match.Groups["id"].Value;
        extension = match.Groups["ext"].Value;
        return true;
    }

    /// <summary>The widths stored for an image whose file at <paramref name="width"/> exists: the responsive widths below it, and it.</summary>
    public static IReadOnlyList<int> WidthsUpTo(int width) => [.. ImageProcessor.Widths.Where(w => w < width), width];

    /// <summary>A <c>srcset</c> over every stored width of the item in <paramref name="extension"/> (<c>webp</c> or its own).</summary>
    public static string SrcSet(string id, int width, string extension)
    {
        var builder = new StringBuilder();
        foreach (var w in WidthsUpTo(width))
        {
            if (builder.Length > 0)
            {
                builder.Append(", ");
            }

            builder.Append(CultureInfo.InvariantCulture, $"{Prefix}{id}/{w}w.{extension} {w}w");
        }

        return builder.ToString();
    }

    /// <summary>A <c>srcset</c> for an item in its own format, or as WebP.</summary>
    public static string SrcSet(MediaItem item, bool webp)
    {
        ArgumentNullException.ThrowIfNull(item);
        var full = item.FullSize();
        return SrcSet(item.Id, full.Width, webp ? "webp" : Path.GetExtension(full.File).TrimStart('.'));
    }

    /// <summary>The <c>sizes</c> value: the image's displayed width when the author set one, else <see cref="DefaultSizes"/>.</summary>
    public static string Sizes(int? displayWidth) =>
        displayWidth is > 0 and var w ? string.Create(CultureInfo.InvariantCulture, $"(max-width: {w}px) 100vw, {w}px") : DefaultSizes;

    [GeneratedRegex(@"^/media/(?<id>[0-9a-f]{20})/(?<w>[0-9]{1,5})w\.(?<ext>jpg|png|gif|webp)$", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();
}
