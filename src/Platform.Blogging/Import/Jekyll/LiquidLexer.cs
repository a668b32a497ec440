namespace Platform.Blogging.Import.Jekyll;

/// <summary>What a piece of a Liquid expression is.</summary>
internal enum LiquidLexemeKind
{
    String,
    Number,
    Identifier,
    Dot,
    DotDot,
    LeftBracket,
    RightBracket,
    LeftParenthesis,
    RightParenthesis,
    Comma,
    Colon,
    Pipe,
    Comparison,
    End,
}

/// <summary>One piece of a Liquid expression: a quoted string (without its quotes), a number, a name, punctuation or a comparison.</summary>
internal readonly record struct LiquidLexeme(LiquidLexemeKind Kind, string Text);

/// <summary>Splits the inside of an output or tag into <see cref="LiquidLexeme"/>s, as Liquid's strict lexer does.</summary>
internal static class LiquidLexer
{
    /// <summary>The lexemes of <paramref name="text"/>, ending with <see cref="LiquidLexemeKind.End"/>.</summary>
    /// <exception cref="LiquidException">A character Liquid does not read, or a string never closed.</exception>
    public static List<LiquidLexeme> Lex(string text)
    {
        var lexemes = new List<LiquidLexeme>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '"' or '\'')
            {
                var close = text.IndexOf(c, i + 1);
                if (close < 0)
                {
                    throw new LiquidException($"a string is never closed in '{text}'");
                }

                lexemes.Add(new(LiquidLexemeKind.String, text[(i + 1)..close]));
                i = close + 1;
            }
            else if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                var start = i++;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
                {
                    i++;
                }

                lexemes.Add(new(LiquidLexemeKind.Number, text[start..i]));
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '-'))
                {
                    i++;
                }

                if (i < text.Length && text[i] == '?')
                {
                    i++;
                }

                lexemes.Add(new(LiquidLexemeKind.Identifier, text[start..i]));
            }
            else if (c is '=' or '!' or '<' or '>')
            {
                var two = i + 1 < text.Length ? text.Substring(i, 2) : "";
                if (two is "==" or "!=" or "<=" or ">=" or "<>")
                {
                    lexemes.Add(new(LiquidLexemeKind.Comparison, two));
                    i += 2;
                }
                else if (c is '<' or '>')
                {
                    lexemes.Add(new(LiquidLexemeKind.Comparison, c.ToString()));
                    i++;
                }
                else
                {
                    throw new LiquidException($"'{c}' is not Liquid in '{text}'");
                }
            }
            else
            {
                var kind = c switch
                {
                    '.' when i + 1 < text.Length && text[i + 1] == '.' => LiquidLexemeKind.DotDot,
                    '.' => LiquidLexemeKind.Dot,
                    '[' => LiquidLexemeKind.LeftBracket,
                    ']' => LiquidLexemeKind.RightBracket,
                    '(' => LiquidLexemeKind.LeftParenthesis,
                    ')' => LiquidLexemeKind.RightParenthesis,
                    ',' => LiquidLexemeKind.Comma,
                    ':' => LiquidLexemeKind.Colon,
                    '|' => LiquidLexemeKind.Pipe,
                    _ => throw new LiquidException($"'{c}' is not Liquid in '{text}'"),
                };
                var length = kind == LiquidLexemeKind.DotDot ? 2 : 1;
                lexemes.Add(new(kind, text.Substring(i, length)));
                i += length;
            }
        }

        lexemes.Add(new(LiquidLexemeKind.End, ""));
        return lexemes;
    }
}
