using System.Text;

namespace Platform.Gateway.Feeds;

/// <summary>Percent-encoding of one URI path segment (RFC 3986 <c>segment</c>, UTF-8).</summary>
internal static class UrlSegment
{
    private const string Hex = "0123456789ABCDEF";

    /// <summary>
    /// Appends <paramref name="segment"/> encoded: unreserved characters, sub-delimiters, <c>:</c> and <c>@</c> stay,
    /// everything else (including <c>/</c>, <c>%</c>, spaces and non-ASCII) becomes <c>%XX</c> per UTF-8 byte; lone
    /// surrogates become U+FFFD. The dot segments <c>.</c> and <c>..</c> are encoded so that clients do not resolve them.
    /// </summary>
    public static StringBuilder Append(StringBuilder builder, ReadOnlySpan<char> segment)
    {
        if (segment is "." or "..")
        {
            return builder.Append(segment.Length == 1 ? "%2E" : "%2E%2E");
        }

        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < segment.Length; i++)
        {
            var c = segment[i];
            if (IsPathChar(c))
            {
                builder.Append(c);
                continue;
            }

            Rune rune;
            if (char.IsHighSurrogate(c) && i + 1 < segment.Length && char.IsLowSurrogate(segment[i + 1]))
            {
                rune = new Rune(c, segment[++i]);
            }
            else if (!Rune.TryCreate(c, out rune))
            {
                rune = Rune.ReplacementChar;
            }

            var length = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..length])
            {
                builder.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
            }
        }

        return builder;
    }

    private static bool IsPathChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=' or ':' or '@';
}
