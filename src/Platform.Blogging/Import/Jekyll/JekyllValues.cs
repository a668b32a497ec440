using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Platform.Blogging.Import.Jekyll;

/// <summary>YAML values as Liquid sees them, and how Liquid prints them.</summary>
public static class JekyllValues
{
    /// <summary>
    /// Turns a YAML node into a plain value: a mapping into a dictionary, a sequence into a list, a plain scalar into
    /// a boolean, integer or number when YAML's core schema reads it so (quoted scalars stay strings), else a string.
    /// </summary>
    public static object? FromYaml(YamlNode? node) => node switch
    {
        null => null,
        YamlMappingNode mapping => mapping.Children
            .Where(pair => pair.Key is YamlScalarNode { Value: not null })
            .GroupBy(pair => ((YamlScalarNode)pair.Key).Value!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => FromYaml(group.Last().Value), StringComparer.Ordinal) as IReadOnlyDictionary<string, object?>,
        YamlSequenceNode sequence => sequence.Children.Select(FromYaml).ToArray() as IReadOnlyList<object?>,
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    /// <summary>How Liquid prints a value: nil as nothing, lists joined without a separator, dates as Ruby does.</summary>
    public static string Render(object? value) => value switch
    {
        null => "",
        string text => text,
        bool flag => flag ? "true" : "false",
        DateTimeOffset date => date.ToString("yyyy-MM-dd HH:mm:ss ", CultureInfo.InvariantCulture) + date.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", "", StringComparison.Ordinal),
        IReadOnlyList<object?> list => string.Concat(list.Select(Render)),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static object? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
        {
            return text;
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (text is "true" or "True" or "TRUE")
        {
            return true;
        }

        if (text is "false" or "False" or "FALSE")
        {
            return false;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && text.Any(char.IsAsciiDigit) && !text.Contains(' ', StringComparison.Ordinal) ? number : text;
    }
}
