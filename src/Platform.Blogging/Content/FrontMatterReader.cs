using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Platform.Blogging.Content;

/// <summary>Turns a YAML mapping into a <see cref="FrontMatter"/>, naming the field and place of every error.</summary>
internal sealed class FrontMatterReader(TimeZoneInfo timeZone, int lineOffset)
{
    // Aliases can make a small document expand enormously ("billion laughs"); no honest front matter comes close.
    private const int MaxValues = 10_000;

    private int _values;

    public FrontMatter Read(YamlMappingNode? mapping)
    {
        if (mapping is null)
        {
            return FrontMatter.Empty;
        }

        var result = new FrontMatter();
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                throw Error(null, keyNode, "Front matter keys must be plain names");
            }

            result = key switch
            {
                "title" => result with { Title = Text(key, value) },
                "date" => result with { Date = Date(key, value) },
                "last_modified_at" => result with { LastModified = Date(key, value) },
                "permalink" => result with { Permalink = Text(key, value) },
                "categories" => result with { Categories = Words(key, value) },
                "tags" => result with { Tags = Words(key, value) },
                "slug" => result with { Slug = Text(key, value) },
                "description" => result with { Description = Text(key, value) },
                "published" => result with { Published = Boolean(key, value) },
                "draft" => result with { Draft = Boolean(key, value) },
                "image" => result with { Image = Text(key, value) },
                "markdown" => result with { Markdown = Dialect(key, value) },
                "excerpt_separator" => result with { ExcerptSeparator = Text(key, value) },
                _ => result,
            };
            if (!IsKnown(key))
            {
                extra[key] = Convert(key, value);
            }
        }

        return result with { Extra = FrontMatterParser.Freeze(extra) };
    }

    private static bool IsKnown(string key) => key is "title" or "date" or "last_modified_at" or "permalink"
        or "categories" or "tags" or "slug" or "description" or "published" or "draft" or "image" or "markdown"
        or "excerpt_separator";

    private string? Text(string field, YamlNode node) => node switch
    {
        YamlScalarNode scalar when IsNull(scalar) => null,
        YamlScalarNode scalar => scalar.Value,
        _ => throw Error(field, node, $"Front matter field '{field}' must be text, but is {Shape(node)}"),
    };

    private DateTimeOffset? Date(string field, YamlNode node)
    {
        string? text = Text(field, node);
        if (text is null)
        {
            return null;
        }

        if (JekyllDate.TryParse(text, timeZone, out var date))
        {
            return date;
        }

        throw Error(
            field,
            node,
            $"Front matter field '{field}' has an unreadable date '{text}' (expected e.g. 2025-12-17, "
            + "2025-08-26 13:21, 2025-08-26 13:21:57 +0900 or 2025-08-26T13:21:57+09:00)");
    }

    private MarkdownDialect? Dialect(string field, YamlNode node)
    {
        string? text = Text(field, node);
        if (text is null)
        {
            return null;
        }

        if (MarkdownDialectNames.TryParse(text, out var dialect))
        {
            return dialect;
        }

        throw Error(field, node, $"Front matter field '{field}' must be kramdown or commonmark, but is '{text}'");
    }

    private bool? Boolean(string field, YamlNode node)
    {
        string? text = Text(field, node);
        if (text is null)
        {
            return null;
        }

        if (bool.TryParse(text, out bool value))
        {
            return value;
        }

        throw Error(field, node, $"Front matter field '{field}' must be true or false, but is '{text}'");
    }

    private string[] Words(string field, YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode scalar when IsNull(scalar):
                return [];
            case YamlScalarNode scalar:
                // Jekyll splits a string on whitespace: "Backend Django" is two entries.
                return scalar.Value!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            case YamlSequenceNode sequence:
                var items = new List<string>(sequence.Children.Count);
                foreach (var item in sequence.Children)
                {
                    if (item is not YamlScalarNode itemScalar)
                    {
                        throw Error(field, item, $"Front matter field '{field}' must list plain values, but holds {Shape(item)}");
                    }

                    string? text = IsNull(itemScalar) ? null : itemScalar.Value?.Trim();
                    if (!string.IsNullOrEmpty(text))
                    {
                        items.Add(text);
                    }
                }

                return [.. items];
            default:
                throw Error(field, node, $"Front matter field '{field}' must be a list or a space-separated string, but is {Shape(node)}");
        }
    }

    private object? Convert(string field, YamlNode node)
    {
        if (++_values > MaxValues)
        {
            throw Error(field, node, $"Front matter has more than {MaxValues} values (aliases expanding too far?)");
        }

        switch (node)
        {
            case YamlScalarNode scalar:
                return Scalar(scalar);
            case YamlSequenceNode sequence:
                var list = new List<object?>(sequence.Children.Count);
                foreach (var item in sequence.Children)
                {
                    list.Add(Convert(field, item));
                }

                return list.AsReadOnly();
            case YamlMappingNode mapping:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is not YamlScalarNode { Value: { } name })
                    {
                        throw Error(field, key, $"Front matter field '{field}' has a key that is not a plain name");
                    }

                    map[name] = Convert(field, value);
                }

                return FrontMatterParser.Freeze(map);
            default:
                throw Error(field, node, $"Front matter field '{field}' has an unsupported value");
        }
    }

    private static object? Scalar(YamlScalarNode scalar)
    {
        if (IsNull(scalar))
        {
            return null;
        }

        string value = scalar.Value!;
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
        {
            return value;
        }

        if (value is "true" or "True" or "TRUE")
        {
            return true;
        }

        if (value is "false" or "False" or "FALSE")
        {
            return false;
        }

        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer))
        {
            return integer;
        }

        if (value.Any(char.IsDigit) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double real))
        {
            return real;
        }

        return value;
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static string Shape(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        _ => "a value",
    };

    private ContentException Error(string? field, YamlNode node, string message)
    {
        int line = (int)node.Start.Line + lineOffset;
        int column = (int)node.Start.Column;
        return new ContentException($"{message} (line {line}, column {column}).", field, line, column);
    }
}
