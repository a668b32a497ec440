using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// Edits the YAML front matter of a post file as text: sets top-level keys (replacing a key's whole entry where the
/// key exists, adding it above the closing <c>---</c> otherwise) and leaves every other byte of the file as it was.
/// </summary>
public static class FrontMatterText
{
    /// <summary>The top-level mapping of the file's front matter, or null when it has none (or it is not valid YAML).</summary>
    public static YamlMappingNode? Read(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return TrySplit(file, out var yamlStart, out var yamlEnd) ? Load(file[yamlStart..yamlEnd]) : null;
    }

    /// <summary>The file with <paramref name="keys"/> set; each value is written as YAML.</summary>
    public static string SetKeys(string file, IReadOnlyList<KeyValuePair<string, YamlNode>> keys)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return file;
        }

        var newline = file.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        if (!TrySplit(file, out var yamlStart, out var yamlEnd))
        {
            var block = string.Concat(keys.Select(k => Serialize(k.Key, k.Value, newline)));
            return "---" + newline + block + "---" + newline + file;
        }

        var root = Load(file[yamlStart..yamlEnd]) ?? new YamlMappingNode();
        var edits = new List<(int Start, int End, string Text)>();
        var added = new StringBuilder();
        foreach (var (key, value) in keys)
        {
            var existing = root.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: var name } && name == key);
            if (existing.Key is null)
            {
                added.Append(Serialize(key, value, newline));
                continue;
            }

            // An entry runs from its key to the line of the next top-level key (or the end of the front matter);
            // the value's own end mark is not reliable for block sequences written without indentation.
            var entries = root.Children.ToList();
            var index = entries.FindIndex(pair => ReferenceEquals(pair.Key, existing.Key));
            var start = yamlStart + (int)existing.Key.Start.Index;
            var end = index + 1 < entries.Count ? yamlStart + (int)entries[index + 1].Key.Start.Index : yamlEnd;
            end = file.LastIndexOf('\n', Math.Max(end - 1, start)) + 1 is var lineStart && lineStart > start ? lineStart : end;
            edits.Add((start, end, Serialize(key, value, newline)));
        }

        var result = new StringBuilder(file);
        result.Insert(yamlEnd, added.ToString());
        foreach (var (start, end, text) in edits.OrderByDescending(e => e.Start))
        {
            result.Remove(start, end - start).Insert(start, text);
        }

        return result.ToString();
    }

    /// <summary>One <c>key: value</c> entry in YAML block style, ending with <paramref name="newline"/>.</summary>
    public static string Serialize(string key, YamlNode value, string newline = "\n")
    {
        ArgumentNullException.ThrowIfNull(value);
        var stream = new YamlStream(new YamlDocument(new YamlMappingNode(new YamlScalarNode(key), value)));
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        stream.Save(writer, assignAnchors: false);
        var lines = writer.ToString().ReplaceLineEndings("\n").Split('\n')
            .Where(line => line.Length > 0 && line != "..." && line != "---");
        return string.Concat(lines.Select(line => line + newline));
    }

    /// <summary>A double-quoted YAML string (safe for any text).</summary>
    public static YamlScalarNode Quoted(string text) => new(text) { Style = ScalarStyle.DoubleQuoted };

    private static YamlMappingNode? Load(string yaml)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        }
        catch (YamlException)
        {
            return null;
        }
    }

    /// <summary>Finds the YAML between a first line <c>---</c> and a later line <c>---</c> or <c>...</c>: from <paramref name="yamlStart"/> to the closing line's start.</summary>
    private static bool TrySplit(string file, out int yamlStart, out int yamlEnd)
    {
        yamlStart = 0;
        yamlEnd = 0;
        var firstEnd = file.IndexOf('\n', StringComparison.Ordinal);
        if (firstEnd < 0 || file[..firstEnd].TrimEnd('\r', ' ', '\t') != "---")
        {
            return false;
        }

        yamlStart = firstEnd + 1;
        var position = yamlStart;
        while (position < file.Length)
        {
            var lineEnd = file.IndexOf('\n', position);
            var line = (lineEnd < 0 ? file[position..] : file[position..lineEnd]).TrimEnd('\r', ' ', '\t');
            if (line is "---" or "...")
            {
                yamlEnd = position;
                return true;
            }

            if (lineEnd < 0)
            {
                break;
            }

            position = lineEnd + 1;
        }

        return false;
    }
}
