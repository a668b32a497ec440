using System.Globalization;
using System.Text;

namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// Jekyll's <c>jsonify</c>: a value as Ruby's <c>to_json</c> writes it, compact, with non-ASCII text as it is
/// (only quotes, backslashes and control characters escaped) and dates as Ruby prints a time.
/// </summary>
internal static class LiquidJson
{
    /// <summary>The JSON of <paramref name="value"/>.</summary>
    public static string Write(object? value)
    {
        var output = new StringBuilder();
        Write(output, value, 0);
        return output.ToString();
    }

    private static void Write(StringBuilder output, object? value, int depth)
    {
        if (depth > 64)
        {
            throw new LiquidException("jsonify: the value nests too deeply");
        }

        switch (value)
        {
            case null or LiquidMissing:
                output.Append("null");
                break;
            case bool flag:
                output.Append(flag ? "true" : "false");
                break;
            case long or int:
                output.Append(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                break;
            case double number:
                output.Append(double.IsFinite(number) ? LiquidValues.Render(number) : throw new LiquidException("jsonify: a number that is not finite"));
                break;
            case IReadOnlyDictionary<string, object?> map:
                output.Append('{');
                var first = true;
                foreach (var (key, item) in map)
                {
                    output.Append(first ? "" : ",");
                    first = false;
                    String(output, key);
                    output.Append(':');
                    Write(output, item, depth + 1);
                }

                output.Append('}');
                break;
            case IReadOnlyList<object?> list:
                output.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    output.Append(i == 0 ? "" : ",");
                    Write(output, list[i], depth + 1);
                }

                output.Append(']');
                break;
            case LiquidRange range:
                String(output, range.ToString());
                break;
            default:
                String(output, LiquidValues.Render(value));
                break;
        }
    }

    private static void String(StringBuilder output, string text)
    {
        output.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    output.Append("\\\"");
                    break;
                case '\\':
                    output.Append("\\\\");
                    break;
                case '\n':
                    output.Append("\\n");
                    break;
                case '\r':
                    output.Append("\\r");
                    break;
                case '\t':
                    output.Append("\\t");
                    break;
                case '\b':
                    output.Append("\\b");
                    break;
                case '\f':
                    output.Append("\\f");
                    break;
                case < ' ':
                    output.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }

        output.Append('"');
    }
}
