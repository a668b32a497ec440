using System.Text;
using Platform.Blogging.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Platform.Blogging.Export;

/// <summary>
/// A stored post file cut the way the importer cuts it: the YAML front matter as written and the body, byte for
/// byte. The export rewrites the keys it knows and keeps every other top-level entry's text as the author wrote it.
/// </summary>
internal sealed class StoredPostFile
{
    private StoredPostFile(string? yaml, string body)
    {
        Yaml = yaml;
        Body = body;
    }

    /// <summary>The front matter between the delimiters, or null when the file has none.</summary>
    public string? Yaml { get; }

    /// <summary>Everything after the front matter (the whole file, less a BOM, when there is none).</summary>
    public string Body { get; }

    public static StoredPostFile Split(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var text = source.Length > 0 && source[0] == '\uFEFF' ? source[1..] : source;
        try
        {
            return FrontMatterParser.TrySplit(text, out var yaml, out var body, out _) ? new StoredPostFile(yaml, body) : new StoredPostFile(null, text);
        }
        catch (ContentException)
        {
            // Never for a stored post (it was read when saved); treated as a file without front matter.
            return new StoredPostFile(null, text);
        }
    }

    /// <summary>
    /// The text of the top-level entries whose keys are not in <paramref name="dropped"/>, after any text before the
    /// first key (comments); empty when there is nothing to keep. Null when the front matter cannot be cut into
    /// entries: not a block mapping with its keys at the start of their lines, or not readable.
    /// </summary>
    public string? Keep(IReadOnlySet<string> dropped)
    {
        ArgumentNullException.ThrowIfNull(dropped);
        if (Yaml is null)
        {
            return "";
        }

        YamlNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(Yaml));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException)
        {
            return null;
        }

        if (root is null or YamlScalarNode { Value: null or "" })
        {
            return "";
        }

        if (root is not YamlMappingNode { Style: not YamlDotNet.Core.Events.MappingStyle.Flow } mapping
            || mapping.Children.Keys.Any(k => k is not YamlScalarNode { Value: not null } || k.Start.Column != 1))
        {
            return null;
        }

        var keys = mapping.Children.Keys.Cast<YamlScalarNode>().ToArray();
        if (keys.Length == 0)
        {
            return "";
        }

        var starts = keys.Select(k => (int)k.Start.Index).ToArray();
        if (starts.Any(s => s < 0 || s > Yaml.Length) || !starts.Zip(starts.Skip(1)).All(p => p.First < p.Second))
        {
            return null;
        }

        var kept = new StringBuilder(Yaml, 0, starts[0], Yaml.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            var end = i + 1 < keys.Length ? starts[i + 1] : Yaml.Length;
            if (!dropped.Contains(keys[i].Value!))
            {
                kept.Append(Yaml, starts[i], end - starts[i]);
            }
        }

        if (kept.Length > 0 && kept[^1] != '\n')
        {
            kept.Append('\n');
        }

        return kept.ToString();
    }
}
