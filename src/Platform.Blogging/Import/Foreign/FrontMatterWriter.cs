using System.Globalization;
using System.Text;

namespace Platform.Blogging.Import.Foreign;

/// <summary>
/// Writes the YAML front matter of a converted post. Every text value is a double-quoted YAML scalar with escapes,
/// so no title, tag or URL can change the document's shape; keys come out in the order they are added.
/// </summary>
internal sealed class FrontMatterWriter
{
    private readonly StringBuilder _yaml = new("---\n");

    /// <summary>Adds <c>key: "value"</c> unless the value is null.</summary>
    public FrontMatterWriter Text(string key, string? value)
    {
        if (value is not null)
        {
            _yaml.Append(key).Append(": ").Append(Quote(value)).Append('\n');
        }

        return this;
    }

    /// <summary>Adds a date with its offset (<c>2024-03-01 09:30:00 +09:00</c>) unless it is null.</summary>
    public FrontMatterWriter Date(string key, DateTimeOffset? value) =>
        Text(key, value?.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture));

    /// <summary>Adds <c>key: true</c> when <paramref name="value"/> is true.</summary>
    public FrontMatterWriter Flag(string key, bool value)
    {
        if (value)
        {
            _yaml.Append(key).Append(": true\n");
        }

        return this;
    }

    /// <summary>Adds a flow list (<c>key: ["a", "b"]</c>) unless it is empty.</summary>
    public FrontMatterWriter List(string key, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            _yaml.Append(key).Append(": [").AppendJoin(", ", values.Select(Quote)).Append("]\n");
        }

        return this;
    }

    /// <summary>The whole post file: this front matter, then <paramref name="body"/>.</summary>
    public string Finish(string body) => _yaml.ToString() + "---\n" + body;

    /// <summary>A YAML double-quoted scalar: backslash, quote, line breaks and other non-printable characters escaped.</summary>
    internal static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\':
                    quoted.Append(@"\\");
                    break;
                case '"':
                    quoted.Append("\\\"");
                    break;
                case '\n':
                    quoted.Append(@"\n");
                    break;
                case '\r':
                    quoted.Append(@"\r");
                    break;
                case '\t':
                    quoted.Append(@"\t");
                    break;
                case var high when char.IsHighSurrogate(high) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]):
                    quoted.Append(high).Append(value[++i]);
                    break;
                case var lone when char.IsSurrogate(lone):
                    quoted.Append(@"\uFFFD");
                    break;
                case var other when other < ' ' || other is '\u007F' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF' || (other >= '\u0080' && other < '\u00A0'):
                    quoted.Append(@"\u").Append(((int)other).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    quoted.Append(c);
                    break;
            }
        }

        return quoted.Append('"').ToString();
    }
}
