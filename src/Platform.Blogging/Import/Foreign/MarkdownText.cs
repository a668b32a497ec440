using System.Text;

namespace Platform.Blogging.Import.Foreign;

/// <summary>Writes plain text and code into Markdown so that it renders as exactly that text.</summary>
internal static class MarkdownText
{
    /// <summary>Characters that mean something inline here (emphasis, links, HTML, entities, tables, the emphasis extras).</summary>
    private const string Special = "\\`*_[]<>&|~^=+$";

    /// <summary>
    /// Escapes <paramref name="text"/> for use inside a paragraph, heading or list item. With
    /// <paramref name="lineStart"/>, a start that would open a block (<c>#</c>, <c>-</c>, <c>1.</c>, ...) is escaped too.
    /// </summary>
    public static string Escape(string text, bool lineStart)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        if (lineStart)
        {
            EscapeBlockStart(escaped);
        }

        return escaped.ToString();
    }

    /// <summary>A fenced code block that holds <paramref name="code"/> verbatim, with an optional language.</summary>
    public static string Fence(string code, string? language)
    {
        ArgumentNullException.ThrowIfNull(code);
        var longest = 0;
        var run = 0;
        foreach (var c in code)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', Math.Max(3, longest + 1));
        var info = language is null ? "" : new string(language.Where(c => !char.IsWhiteSpace(c) && c != '`').Take(40).ToArray());
        return fence + info + "\n" + code.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n" + fence;
    }

    private static void EscapeBlockStart(StringBuilder line)
    {
        var start = 0;
        while (start < line.Length && line[start] == ' ')
        {
            start++;
        }

        line.Remove(0, start);
        if (line.Length == 0)
        {
            return;
        }

        if (line[0] is '#' or '-' or '+' or '>' or '=')
        {
            line.Insert(0, '\\');
            return;
        }

        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        if (digits is > 0 and < 10 && digits < line.Length && line[digits] is '.' or ')')
        {
            line.Insert(digits, '\\');
        }
    }
}
