using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// Splits a Liquid template into text, outputs (<c>{{ }}</c>) and tags (<c>{% %}</c>) the way Liquid 4 (Jekyll 3 and
/// GitHub Pages) does: an output or tag runs to the first <c>}}</c> or <c>%}</c> after it (quotes do not protect
/// delimiters), a dash inside a delimiter (<c>{{-</c>, <c>-}}</c>, <c>{%-</c>, <c>-%}</c>) removes all whitespace,
/// newlines included, from the text on that side, and the content of <c>{% raw %}...{% endraw %}</c> is one text
/// token, kept as written. Where Liquid would stop with a syntax error (a delimiter left open, a <c>raw</c> never
/// closed) the text is kept as it is and a problem is returned.
/// </summary>
public static partial class LiquidTokenizer
{
    /// <summary>Tokenizes <paramref name="template"/>.</summary>
    public static LiquidTemplate Tokenize(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var tokens = new List<LiquidToken>();
        var problems = new List<LiquidProblem>();
        var text = new StringBuilder();
        var textStart = 0;
        var trimNext = false;
        var position = 0;
        var lines = new LineCounter(template);

        void FlushText(bool trimEnd)
        {
            var value = text.ToString();
            if (trimEnd)
            {
                value = value.TrimEnd();
            }

            if (value.Length > 0)
            {
                tokens.Add(new LiquidToken(LiquidTokenKind.Text, value, value, lines.At(textStart), textStart));
            }

            text.Clear();
        }

        void AppendText(string value, int at)
        {
            if (text.Length == 0)
            {
                textStart = at;
                if (trimNext)
                {
                    value = value.TrimStart();
                }
            }

            trimNext = trimNext && value.Length == 0;
            text.Append(value);
        }

        while (position < template.Length)
        {
            var open = NextOpening(template, position);
            if (open < 0)
            {
                AppendText(template[position..], position);
                break;
            }

            AppendText(template[position..open], position);
            var isTag = template[open + 1] == '%';
            var closer = isTag ? "%}" : "}}";
            var close = template.IndexOf(closer, open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                problems.Add(new LiquidProblem(lines.At(open), isTag
                    ? $"'{Excerpt(template, open)}' is never closed with '%}}'; kept as text."
                    : $"'{Excerpt(template, open)}' is never closed with '}}}}'; kept as text."));
                AppendText(template[open..], open);
                break;
            }

            var end = close + 2;
            var inner = template[(open + 2)..close];
            var trimLeft = inner.StartsWith('-');
            var trimRight = inner.EndsWith('-') && inner.Length > (trimLeft ? 1 : 0);
            var markup = inner[(trimLeft ? 1 : 0)..(inner.Length - (trimRight ? 1 : 0))].Trim();
            FlushText(trimLeft);
            trimNext = false;
            var token = new LiquidToken(isTag ? LiquidTokenKind.Tag : LiquidTokenKind.Output, template[open..end], markup, lines.At(open), open);
            if (isTag && token.Name == "raw")
            {
                var endRaw = EndRaw().Match(template, end);
                if (!endRaw.Success)
                {
                    problems.Add(new LiquidProblem(token.Line, "'{% raw %}' is never closed with '{% endraw %}'; the rest of the file is kept as text."));
                    tokens.Add(new LiquidToken(LiquidTokenKind.Text, template[end..], template[end..], lines.At(end), end));
                    return new LiquidTemplate(tokens, problems);
                }

                // The content of a raw block is literal: whitespace control on the raw tags trims only outside it.
                var content = template[end..endRaw.Index];
                if (content.Length > 0)
                {
                    tokens.Add(new LiquidToken(LiquidTokenKind.Text, content, content, lines.At(end), end));
                }

                trimNext = endRaw.Groups["trim"].Success;
                position = endRaw.Index + endRaw.Length;
                continue;
            }

            tokens.Add(token);
            trimNext = trimRight;
            position = end;
        }

        FlushText(trimEnd: false);
        return new LiquidTemplate(tokens, problems);
    }

    /// <summary>The line (from 1) of <paramref name="offset"/> in <paramref name="text"/>.</summary>
    public static int LineAt(string text, int offset)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = 1;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }

    /// <summary>Lines of offsets asked in increasing order, counted once over the text (a large post has many tokens).</summary>
    private sealed class LineCounter(string text)
    {
        private int _offset;
        private int _line = 1;

        public int At(int offset)
        {
            if (offset < _offset)
            {
                return LineAt(text, offset);
            }

            for (; _offset < offset && _offset < text.Length; _offset++)
            {
                if (text[_offset] == '\n')
                {
                    _line++;
                }
            }

            return _line;
        }
    }

    private static int NextOpening(string template, int from)
    {
        for (var i = from; i < template.Length - 1; i++)
        {
            if (template[i] == '{' && template[i + 1] is '{' or '%')
            {
                return i;
            }
        }

        return -1;
    }

    private static string Excerpt(string template, int at)
    {
        var end = template.IndexOfAny(['\r', '\n'], at);
        var line = end < 0 ? template[at..] : template[at..end];
        return line.Length <= 40 ? line : line[..40] + "...";
    }

    [GeneratedRegex(@"\{%-?\s*endraw\s*(?<trim>-)?%\}", RegexOptions.CultureInvariant)]
    private static partial Regex EndRaw();
}
