using System.Text;

namespace Platform.Blogging.Import.Foreign;

/// <summary>Escapes text for HTML written by the converters.</summary>
internal static class HtmlEscape
{
    /// <summary><c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> as entities: for element content.</summary>
    public static string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Escape(text, quotes: false);
    }

    /// <summary>As <see cref="Text"/>, and <c>"</c> too: for a double-quoted attribute value.</summary>
    public static string Attribute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Escape(text, quotes: true);
    }

    private static string Escape(string text, bool quotes)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' when quotes => escaped.Append("&quot;"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
