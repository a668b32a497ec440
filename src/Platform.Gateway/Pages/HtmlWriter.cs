using System.Globalization;
using System.Text;

namespace Platform.Gateway.Pages;

/// <summary>
/// Builds an HTML document: <see cref="Raw"/> for markup we write, <see cref="Text"/> and <see cref="Attr"/> for
/// values, always escaped. Pages are UTF-8, so only the characters that are markup (<c>&amp; &lt; &gt; " '</c>) are
/// escaped; everything else, Hangul included, is written as it is. Control characters other than tab and newlines are dropped.
/// </summary>
internal sealed class HtmlWriter
{
    private readonly StringBuilder _builder = new(16 * 1024);

    public HtmlWriter Raw(string markup)
    {
        _builder.Append(markup);
        return this;
    }

    public HtmlWriter Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return this;
        }

        foreach (var c in value)
        {
            switch (c)
            {
                case '&':
                    _builder.Append("&amp;");
                    break;
                case '<':
                    _builder.Append("&lt;");
                    break;
                case '>':
                    _builder.Append("&gt;");
                    break;
                case '"':
                    _builder.Append("&quot;");
                    break;
                case '\'':
                    _builder.Append("&#39;");
                    break;
                case < ' ' and not ('\t' or '\n' or '\r'):
                case '\u007f':
                    break;
                default:
                    _builder.Append(c);
                    break;
            }
        }

        return this;
    }

    public HtmlWriter Number(long value, CultureInfo culture)
    {
        _builder.Append(value.ToString("N0", culture));
        return this;
    }

    /// <summary>Writes <c> name="value"</c>, encoded.</summary>
    public HtmlWriter Attr(string name, string? value)
    {
        _builder.Append(' ').Append(name).Append("=\"");
        Text(value);
        _builder.Append('"');
        return this;
    }

    /// <summary>Writes <c>&lt;a href="…"&gt;text&lt;/a&gt;</c>.</summary>
    public HtmlWriter Link(string href, string text, string? cssClass = null)
    {
        Raw("<a").Attr("href", href);
        if (cssClass is not null)
        {
            Attr("class", cssClass);
        }

        return Raw(">").Text(text).Raw("</a>");
    }

    public int Length => _builder.Length;

    public override string ToString() => _builder.ToString();
}
