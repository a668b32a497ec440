using System.Text;
using Platform.Blogging.Media;

namespace Platform.Gateway.Studio.Media;

/// <summary>
/// The Markdown that puts an uploaded image in a post: <c>![alt](/media/{id}/{width}w.{ext})</c>, the root-relative
/// URL of the full-size file, which the blog's renderer recognises and gives a <c>srcset</c> over the stored widths.
/// The alt text starts as the file's name without its extension, for the writer to improve.
/// </summary>
internal static class StudioMediaMarkdown
{
    public static string For(MediaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return "![" + Alt(item.OriginalName) + "](" + MediaUrls.FullSize(item) + ")";
    }

    /// <summary>The file name without extension, with the characters that would end Markdown's alt text left out.</summary>
    public static string Alt(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var stem = Path.GetFileNameWithoutExtension(name);
        var alt = new StringBuilder(stem.Length);
        foreach (var c in stem)
        {
            if (c is '[' or ']' or '\\' or '*' or '_' or '`' or '<' or '>' || char.IsControl(c))
            {
                alt.Append(' ');
            }
            else
            {
                alt.Append(c);
            }
        }

        return alt.ToString().Trim();
    }
}
