using System.Globalization;
using AngleSharp.Dom;
using Platform.Blogging.Content;

namespace Platform.Blogging.Media;

/// <summary>
/// Makes a post's images that point at the blog's own media responsive: an <c>&lt;img&gt;</c> whose <c>src</c> is a
/// media URL (<see cref="MediaUrls"/>) and that has no <c>srcset</c> gets one over the stored widths and a
/// <c>sizes</c>, and is wrapped in a <c>&lt;picture&gt;</c> with a WebP <c>&lt;source&gt;</c>. It runs on rendered
/// HTML before the sanitizer, which still checks everything it wrote.
/// </summary>
public static class MediaSourceSets
{
    /// <summary>Returns <paramref name="html"/> with responsive markup for the blog's own images.</summary>
    public static string Apply(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (!html.Contains(MediaUrls.Prefix, StringComparison.Ordinal))
        {
            return html;
        }

        var body = HtmlSanitizer.ParseFragment(html);
        var changed = false;
        foreach (var image in body.QuerySelectorAll("img").ToArray())
        {
            if (image.HasAttribute("srcset") || image.ParentElement?.LocalName == "picture"
                || !MediaUrls.TryParse(image.GetAttribute("src"), out var id, out var width, out var extension))
            {
                continue;
            }

            var sizes = MediaUrls.Sizes(DisplayWidth(image));
            image.SetAttribute("srcset", MediaUrls.SrcSet(id, width, extension));
            image.SetAttribute("sizes", sizes);
            if (!image.HasAttribute("loading"))
            {
                image.SetAttribute("loading", "lazy");
            }

            if (extension != "webp")
            {
                var document = image.Owner!;
                var picture = document.CreateElement("picture");
                var source = document.CreateElement("source");
                source.SetAttribute("type", "image/webp");
                source.SetAttribute("srcset", MediaUrls.SrcSet(id, width, "webp"));
                source.SetAttribute("sizes", sizes);
                image.Parent!.ReplaceChild(picture, image);
                picture.AppendChild(source);
                picture.AppendChild(image);
            }

            changed = true;
        }

        return changed ? body.InnerHtml : html;
    }

    private static int? DisplayWidth(IElement image)
    {
        var value = image.GetAttribute("width")?.Trim();
        if (value is not null && value.EndsWith("px", StringComparison.OrdinalIgnoreCase))
        {
            value = value[..^2];
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var width) && width is > 0 and <= 10_000 ? width : null;
    }
}
