using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Platform.Gateway.Pages;

/// <summary>Builds an HTML document: <see cref="Raw"/> for markup we write, <see cref="Text"/> and <see cref="Attr"/> for values, always encoded.</summary>
internal sealed class HtmlWriter
{
    private static readonly HtmlEncoder s_encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder _builder = new(16 * 1024);

    public HtmlWriter Raw(string markup)
    {
        _builder.Append(markup);
        return this;
    }

    public HtmlWriter Text(string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            s_encoder.Encode(new StringWriter(_builder, CultureInfo.InvariantCulture), value);
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
