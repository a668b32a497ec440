using System.Text;
using System.Xml;

namespace Platform.Gateway.Feeds;

/// <summary>Text made safe for XML 1.0 and for UTF-8 encoders, and the writer settings all feed XML uses.</summary>
internal static class XmlText
{
    private static readonly XmlWriterSettings s_settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
        CloseOutput = false,
        NewLineHandling = NewLineHandling.Entitize,
    };

    /// <summary>An XML writer to <paramref name="output"/>: UTF-8 without BOM, not indented, leaves the stream open.</summary>
    public static XmlWriter Create(Stream output) => XmlWriter.Create(output, s_settings);

    /// <summary>
    /// <paramref name="value"/> without the characters XML 1.0 forbids (C0 controls other than tab, LF and CR; U+FFFE,
    /// U+FFFF; lone surrogates). Returns the same instance when there is nothing to remove.
    /// </summary>
    public static string Clean(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var first = FirstInvalid(value);
        if (first < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length).Append(value, 0, first);
        for (var i = first; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static int FirstInvalid(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(c))
            {
                return i;
            }
        }

        return -1;
    }
}
