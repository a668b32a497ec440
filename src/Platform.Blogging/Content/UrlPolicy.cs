using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html;

namespace Platform.Blogging.Content;

/// <summary>
/// Which URLs may appear in sanitised HTML: <c>http</c>, <c>https</c>, <c>mailto</c>, protocol-relative
/// (<c>//host/path</c>) and relative ones (<c>/path</c>, <c>path</c>, <c>?query</c>, <c>#fragment</c>).
/// </summary>
internal static partial class UrlPolicy
{
    /// <summary>
    /// Whether <paramref name="url"/> is allowed. Entities are decoded (again, in case they were double-encoded) and
    /// whitespace, control and invisible formatting characters are removed before the scheme is read, since
    /// browsers ignore them there: <c>jav&amp;#x09;ascript:</c> and <c> JaVaScRiPt:</c> are both seen as
    /// <c>javascript:</c> and rejected. HTML5's named references are decoded too, which <see cref="WebUtility"/>
    /// does not know: <c>javascript&amp;colon;</c> is <c>javascript:</c>.
    /// </summary>
    public static bool IsAllowed(string url) => Classify(url) != UrlKind.Rejected;

    /// <summary>Whether <paramref name="url"/> leaves the site: absolute <c>http(s)</c> or protocol-relative.</summary>
    public static bool IsExternal(string url) => Classify(url) == UrlKind.External;

    public static UrlKind Classify(string url)
    {
        string text = Normalise(url);
        if (text.StartsWith("//", StringComparison.Ordinal))
        {
            return UrlKind.External;
        }

        int colon = text.IndexOf(':', StringComparison.Ordinal);
        int delimiter = text.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (delimiter >= 0 && delimiter < colon))
        {
            return UrlKind.Relative;
        }

        string scheme = text[..colon];
        if (scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase))
        {
            return UrlKind.External;
        }

        return scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase) ? UrlKind.Mail : UrlKind.Rejected;
    }

    private static string Normalise(string url)
    {
        string decoded = Html5NamedReference().Replace(WebUtility.HtmlDecode(url), m => HtmlEntityProvider.Resolver.GetSymbol(m.Value[1..]) ?? m.Value);
        var builder = new StringBuilder(decoded.Length);
        foreach (char c in decoded)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                continue;
            }

            // Browsers read a backslash as a slash in http(s) URLs, so "/\evil.com" is protocol-relative.
            builder.Append(c == '\\' ? '/' : c);
        }

        return builder.ToString();
    }

    /// <summary>A named character reference with its semicolon, such as <c>&amp;colon;</c> or <c>&amp;Tab;</c>.</summary>
    [GeneratedRegex(@"&[A-Za-z][A-Za-z0-9]{1,31};", RegexOptions.CultureInvariant)]
    private static partial Regex Html5NamedReference();
}
