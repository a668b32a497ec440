using Platform.Blogging.Content;

namespace Platform.Blogging.Import.Foreign;

/// <summary>Plain one-line text from export fields that may hold HTML or entities (excerpts, term names).</summary>
internal static class PlainText
{
    /// <summary>The visible text of an HTML fragment on one line, or null when nothing is left.</summary>
    public static string? FromHtml(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        var text = HtmlText.Collapse(HtmlSanitizer.ParseFragment(html).TextContent);
        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// Cuts <paramref name="text"/> to <paramref name="max"/> characters (with an ellipsis) and says so in
    /// <paramref name="notes"/> when it had to.
    /// </summary>
    public static string? Limit(string? text, int max, string what, ICollection<string> notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        if (text is null || text.Length <= max)
        {
            return text;
        }

        notes.Add($"the {what} was cut to {max} characters");
        var cut = char.IsHighSurrogate(text[max - 2]) ? max - 2 : max - 1;
        return text[..cut] + "…";
    }
}
