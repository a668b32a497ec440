using System.Globalization;

namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// Reads and evaluates Liquid expressions over <see cref="LiquidVariables"/>: literals (strings, integers, floats,
/// <c>true</c>, <c>false</c>, <c>nil</c>, <c>empty</c>, <c>blank</c>), ranges <c>(1..n)</c>, variables with
/// <c>.key</c>, <c>[index]</c> and <c>["key"]</c>, filter chains (<c>value | filter: a, b</c>) and conditions
/// (<c>==</c>, <c>!=</c>, <c>&lt;&gt;</c>, <c>&lt;</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&gt;=</c>, <c>contains</c>,
/// joined by <c>and</c>/<c>or</c> evaluated from the right, as Liquid does).
/// </summary>
internal sealed class LiquidExpression
{
    private readonly List<LiquidLexeme> _lexemes;
    private readonly LiquidVariables _variables;
    private readonly string _text;
    private int _position;

    private LiquidExpression(string text, LiquidVariables variables)
    {
        _text = text;
        _lexemes = LiquidLexer.Lex(text);
        _variables = variables;
    }

    private LiquidLexeme Current => _lexemes[_position];

    /// <summary>Evaluates <paramref name="text"/>, one value.</summary>
    public static object? Value(string text, LiquidVariables variables)
    {
        var expression = new LiquidExpression(text, variables);
        var value = expression.Primary();
        expression.Expect(LiquidLexemeKind.End);
        return value;
    }

    /// <summary>Evaluates <paramref name="text"/>, a value and its filters.</summary>
    public static object? Filtered(string text, LiquidVariables variables, LiquidFilters filters)
    {
        var expression = new LiquidExpression(text, variables);
        var value = expression.Primary();
        while (expression.Current.Kind == LiquidLexemeKind.Pipe)
        {
            expression._position++;
            var name = expression.Expect(LiquidLexemeKind.Identifier).Text;
            var arguments = new List<object?>();
            var named = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (expression.Current.Kind == LiquidLexemeKind.Colon)
            {
                do
                {
                    expression._position++;
                    if (expression.Current.Kind == LiquidLexemeKind.Identifier && expression._lexemes[expression._position + 1].Kind == LiquidLexemeKind.Colon)
                    {
                        var key = expression.Current.Text;
                        expression._position += 2;
                        named[key] = expression.Primary();
                    }
                    else
                    {
                        arguments.Add(expression.Primary());
                    }
                }
                while (expression.Current.Kind == LiquidLexemeKind.Comma);
            }

            value = filters.Apply(name, value, arguments, named);
        }

        expression.Expect(LiquidLexemeKind.End);
        return value;
    }

    /// <summary>Evaluates the condition of an <c>if</c>, <c>elsif</c> or <c>unless</c>.</summary>
    public static bool Condition(string text, LiquidVariables variables)
    {
        var expression = new LiquidExpression(text, variables);
        var comparisons = new List<bool>();
        var joins = new List<string>();
        comparisons.Add(expression.Comparison());
        while (expression.Current is { Kind: LiquidLexemeKind.Identifier, Text: "and" or "or" } join)
        {
            expression._position++;
            joins.Add(join.Text);
            comparisons.Add(expression.Comparison());
        }

        expression.Expect(LiquidLexemeKind.End);

        // Liquid joins from the right: a and b or c is a and (b or c).
        var result = comparisons[^1];
        for (var i = joins.Count - 1; i >= 0; i--)
        {
            result = joins[i] == "and" ? comparisons[i] && result : comparisons[i] || result;
        }

        return result;
    }

    /// <summary>The values of a <c>when</c>: separated by commas or <c>or</c>.</summary>
    public static List<object?> Alternatives(string text, LiquidVariables variables)
    {
        var expression = new LiquidExpression(text, variables);
        var values = new List<object?> { expression.Primary() };
        while (expression.Current.Kind == LiquidLexemeKind.Comma || expression.Current is { Kind: LiquidLexemeKind.Identifier, Text: "or" })
        {
            expression._position++;
            values.Add(expression.Primary());
        }

        expression.Expect(LiquidLexemeKind.End);
        return values;
    }

    private bool Comparison()
    {
        var left = Primary();
        string? operation = null;
        if (Current.Kind == LiquidLexemeKind.Comparison || Current is { Kind: LiquidLexemeKind.Identifier, Text: "contains" })
        {
            operation = Current.Text;
            _position++;
        }

        if (operation is null)
        {
            return LiquidValues.IsTruthy(left);
        }

        var right = Primary();
        return operation switch
        {
            "==" => LiquidValues.Equal(left, right),
            "!=" or "<>" => !LiquidValues.Equal(left, right),
            "contains" => LiquidValues.Contains(left is LiquidMissing ? null : left, right),
            _ => LiquidValues.Compare(left is LiquidMissing ? null : left, right is LiquidMissing ? null : right) is { } order && operation switch
            {
                "<" => order < 0,
                ">" => order > 0,
                "<=" => order <= 0,
                _ => order >= 0,
            },
        };
    }

    private object? Primary()
    {
        var lexeme = Current;
        switch (lexeme.Kind)
        {
            case LiquidLexemeKind.String:
                _position++;
                return lexeme.Text;
            case LiquidLexemeKind.Number:
                _position++;
                if (lexeme.Text.Contains('.', StringComparison.Ordinal))
                {
                    return double.Parse(lexeme.Text, CultureInfo.InvariantCulture);
                }

                return long.TryParse(lexeme.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
                    ? integer
                    : throw new LiquidException($"the number {lexeme.Text} is too large");
            case LiquidLexemeKind.LeftParenthesis:
                _position++;
                var from = Primary();
                Expect(LiquidLexemeKind.DotDot);
                var to = Primary();
                Expect(LiquidLexemeKind.RightParenthesis);
                return new LiquidRange(RangeEnd(from), RangeEnd(to));
            case LiquidLexemeKind.Identifier:
                _position++;
                switch (lexeme.Text)
                {
                    case "true":
                        return true;
                    case "false":
                        return false;
                    case "nil" or "null":
                        return null;
                    case "empty":
                        return new LiquidEmpty(Blank: false);
                    case "blank":
                        return new LiquidEmpty(Blank: true);
                }

                return Variable(lexeme.Text);
            case LiquidLexemeKind.LeftBracket:
                // ["name"]: a variable named by a string.
                _position++;
                var rootName = LiquidValues.Render(Primary());
                Expect(LiquidLexemeKind.RightBracket);
                return Variable(rootName);
            default:
                throw new LiquidException(lexeme.Kind == LiquidLexemeKind.End
                    ? $"'{_text}' ends where a value was expected"
                    : $"'{lexeme.Text}' is not a value in '{_text}'");
        }
    }

    private object? Variable(string root)
    {
        var keys = new List<object?>();
        var path = root;
        while (true)
        {
            if (Current.Kind == LiquidLexemeKind.Dot)
            {
                _position++;
                var key = Expect(LiquidLexemeKind.Identifier).Text;
                keys.Add(key);
                path += "." + key;
            }
            else if (Current.Kind == LiquidLexemeKind.LeftBracket)
            {
                _position++;
                var key = Primary();
                Expect(LiquidLexemeKind.RightBracket);
                keys.Add(key is LiquidMissing ? null : key);
                path += "[" + LiquidValues.Render(key) + "]";
            }
            else
            {
                break;
            }
        }

        return _variables.Resolve(root, keys, path);
    }

    private static long RangeEnd(object? value) => LiquidValues.ToNumber(value) switch
    {
        long integer => integer,
        double number => (long)Math.Floor(number),
        _ => 0,
    };

    private LiquidLexeme Expect(LiquidLexemeKind kind)
    {
        var lexeme = Current;
        if (lexeme.Kind != kind)
        {
            throw new LiquidException(lexeme.Kind == LiquidLexemeKind.End
                ? $"'{_text}' ends too early"
                : $"'{lexeme.Text}' is not expected in '{_text}'");
        }

        _position++;
        return lexeme;
    }
}
