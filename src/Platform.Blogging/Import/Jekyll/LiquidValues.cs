using System.Globalization;

namespace Platform.Blogging.Import.Jekyll;

/// <summary>How Liquid (on Ruby) prints, tests, compares and counts values.</summary>
internal static class LiquidValues
{
    /// <summary>How an output prints a value: as <see cref="JekyllValues.Render"/>, floats as Ruby does (<c>3.0</c>), ranges as <c>1..3</c>.</summary>
    public static string Render(object? value) => value switch
    {
        LiquidMissing or LiquidEmpty => "",
        double number when double.IsFinite(number) && Math.Floor(number) == number && Math.Abs(number) < 1e16 => number.ToString("0.0", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        LiquidRange range => range.ToString(),
        IReadOnlyList<object?> list => string.Concat(list.Select(Render)),
        _ => JekyllValues.Render(value),
    };

    /// <summary>Liquid's truth: only nil and false are false (an empty string or list is true).</summary>
    public static bool IsTruthy(object? value) => value is not (null or false or LiquidMissing);

    /// <summary>Whether a value is empty: nil, <c>""</c>, an empty list or mapping.</summary>
    public static bool IsEmpty(object? value) => value switch
    {
        null or LiquidMissing => true,
        string text => text.Length == 0,
        IReadOnlyList<object?> list => list.Count == 0,
        IReadOnlyDictionary<string, object?> map => map.Count == 0,
        LiquidRange range => range.Count == 0,
        _ => false,
    };

    /// <summary>Liquid's <c>==</c>: numbers by value (1 == 1.0), strings and lists by content, <c>empty</c> and <c>blank</c> as Liquid defines them.</summary>
    public static bool Equal(object? left, object? right)
    {
        left = left is LiquidMissing ? null : left;
        right = right is LiquidMissing ? null : right;
        if (left is LiquidEmpty emptyLeft)
        {
            return Empty(emptyLeft, right);
        }

        if (right is LiquidEmpty emptyRight)
        {
            return Empty(emptyRight, left);
        }

        if (IsNumber(left) && IsNumber(right))
        {
            return ToDouble(left) == ToDouble(right);
        }

        return (left, right) switch
        {
            (null, null) => true,
            (null, _) or (_, null) => false,
            (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
            (bool a, bool b) => a == b,
            (DateTimeOffset a, DateTimeOffset b) => a == b,
            (IReadOnlyList<object?> a, IReadOnlyList<object?> b) => a.Count == b.Count && a.Zip(b).All(p => Equal(p.First, p.Second)),
            (LiquidRange a, LiquidRange b) => a == b,
            _ => ReferenceEquals(left, right),
        };
    }

    private static bool Empty(LiquidEmpty literal, object? value) =>
        IsEmpty(value) && value is not null || (literal.Blank && (value is null or false || value is string text && string.IsNullOrWhiteSpace(text)));

    /// <summary>
    /// Liquid's <c>&lt;</c>, <c>&gt;</c>, ...: numbers with numbers, strings with strings (ordinal), dates with dates.
    /// Nil or a value Ruby cannot order (a list, a boolean) makes the condition false; a string against a number is
    /// the error Liquid raises.
    /// </summary>
    /// <returns>The order, or null when the condition is false without an error.</returns>
    public static int? Compare(object? left, object? right)
    {
        if (IsNumber(left) && IsNumber(right))
        {
            return ToDouble(left).CompareTo(ToDouble(right));
        }

        return (left, right) switch
        {
            (string a, string b) => string.CompareOrdinal(a, b),
            (DateTimeOffset a, DateTimeOffset b) => a.CompareTo(b),
            (string or DateTimeOffset, _) when IsNumber(right) => throw new LiquidException($"comparison of {TypeName(left)} with {TypeName(right)} failed"),
            (_, string or DateTimeOffset) when IsNumber(left) => throw new LiquidException($"comparison of {TypeName(left)} with {TypeName(right)} failed"),
            (string, DateTimeOffset) or (DateTimeOffset, string) => throw new LiquidException($"comparison of {TypeName(left)} with {TypeName(right)} failed"),
            _ => null,
        };
    }

    /// <summary>Liquid's <c>contains</c>: a substring of a string, an element of a list, a key of a mapping.</summary>
    public static bool Contains(object? left, object? right) => left switch
    {
        string text => right is not (null or LiquidMissing) && text.Contains(Render(right), StringComparison.Ordinal),
        IReadOnlyList<object?> list => list.Any(item => Equal(item, right)),
        IReadOnlyDictionary<string, object?> map => right is string key && map.ContainsKey(key),
        _ => false,
    };

    /// <summary>Whether a value is an integer or a float.</summary>
    public static bool IsNumber(object? value) => value is long or int or double;

    /// <summary>A number as a double.</summary>
    public static double ToDouble(object? value) => value switch
    {
        long integer => integer,
        int integer => integer,
        double number => number,
        _ => 0,
    };

    /// <summary>
    /// A value as Liquid's arithmetic filters read it: integers stay integers, floats and strings such as
    /// <c>"1.5"</c> are floats, other strings are their leading integer (Ruby's <c>to_i</c>), anything else 0.
    /// </summary>
    public static object ToNumber(object? value)
    {
        switch (value)
        {
            case long or double:
                return value;
            case int integer:
                return (long)integer;
            case string text:
                text = text.Trim();
                if (System.Text.RegularExpressions.Regex.IsMatch(text, @"^-?\d+\.\d+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant))
                {
                    return double.Parse(text, CultureInfo.InvariantCulture);
                }

                var end = text.StartsWith('-') ? 1 : 0;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }

                return long.TryParse(text[..end], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0L;
            default:
                return 0L;
        }
    }

    /// <summary>A value's Ruby class name, for messages.</summary>
    public static string TypeName(object? value) => value switch
    {
        null or LiquidMissing => "nil",
        string => "String",
        long or int => "Integer",
        double => "Float",
        bool flag => flag ? "TrueClass" : "FalseClass",
        DateTimeOffset => "Time",
        IReadOnlyList<object?> => "Array",
        IReadOnlyDictionary<string, object?> => "Hash",
        LiquidRange => "Range",
        _ => value.GetType().Name,
    };
}
