using System.Collections.Frozen;

namespace Platform.Blogging.Content.Kramdown;

/// <summary>Which HTML tags kramdown treats as span-level (inline) when one starts a line.</summary>
internal static class KramdownHtmlElements
{
    /// <summary>
    /// kramdown's span-level elements: a line starting with one of these is part of a paragraph, never an HTML
    /// block. Every other tag at the start of a line starts an HTML block.
    /// </summary>
    public static readonly FrozenSet<string> Span = FrozenSet.ToFrozenSet(
    [
        "a", "abbr", "acronym", "b", "big", "bdo", "br", "button", "cite", "code", "del", "dfn", "em", "i", "img",
        "input", "ins", "kbd", "label", "mark", "option", "q", "rb", "rbc", "rp", "rt", "rtc", "ruby", "samp",
        "select", "small", "span", "strong", "sub", "sup", "tt", "u", "var",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The name of the opening or closing tag that <paramref name="text"/> starts with (after up to three spaces),
    /// lower-cased, or <see langword="null"/> when it does not start with a tag.
    /// </summary>
    public static string? LeadingTagName(ReadOnlySpan<char> text)
    {
        int i = 0;
        while (i < text.Length && i < 3 && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length || text[i] != '<')
        {
            return null;
        }

        i++;
        if (i < text.Length && text[i] == '/')
        {
            i++;
        }

        int start = i;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || (i > start && text[i] == '-')))
        {
            i++;
        }

        if (i == start || !char.IsAsciiLetter(text[start]))
        {
            return null;
        }

        bool ends = i == text.Length || text[i] is ' ' or '\t' or '>' or '/' or '\r' or '\n';
        return ends ? text[start..i].ToString().ToLowerInvariant() : null;
    }
}
