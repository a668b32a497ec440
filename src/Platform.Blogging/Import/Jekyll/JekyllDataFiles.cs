using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// Reads the site's <c>_data</c> folder into <c>site.data</c>, as Jekyll does: <c>_data/authors.yml</c> (or
/// <c>.yaml</c>, <c>.json</c>) is <c>site.data.authors</c>, <c>_data/team/leads.yml</c> is
/// <c>site.data.team.leads</c>. Other files (CSV, TSV) are not read. A file that is not valid YAML or JSON, is
/// larger than <see cref="MaxFileBytes"/>, or expands to more than <see cref="MaxValues"/> values (aliases) or nests deeper than 64 is left
/// out with a note; past <see cref="MaxTotalBytes"/> in all the rest is left out.
/// </summary>
public static class JekyllDataFiles
{
    /// <summary>The largest data file read.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>At most this many bytes of data files in all.</summary>
    public const int MaxTotalBytes = 8 * 1024 * 1024;

    /// <summary>At most this many values (scalars, lists, mappings) in one file, aliases counted each time they are used.</summary>
    public const int MaxValues = 100_000;

    private const int MaxDepth = 64;

    /// <summary>The data of <paramref name="site"/>, and what was left out.</summary>
    public static async Task<(IReadOnlyDictionary<string, object?> Data, IReadOnlyList<string> Notes)> ReadAsync(JekyllSite site, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(site);
        var data = new Dictionary<string, object?>(StringComparer.Ordinal);
        var notes = new List<string>();
        long total = 0;
        var files = site.Others
            .Where(f => f.Path.StartsWith("_data/", StringComparison.Ordinal) && Path.GetExtension(f.Path) is ".yml" or ".yaml" or ".json")
            .OrderBy(f => f.Path, StringComparer.Ordinal);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (file.Length > MaxFileBytes || total + file.Length > MaxTotalBytes)
            {
                notes.Add($"{file.Path}: over the size the import reads for site.data; left out");
                continue;
            }

            total += file.Length;
            var value = await ReadFileAsync(file, notes).ConfigureAwait(false);
            if (value is null)
            {
                continue;
            }

            var segments = file.Path["_data/".Length..^Path.GetExtension(file.Path).Length].Split('/');
            var target = data;
            foreach (var folder in segments[..^1])
            {
                if (!target.TryGetValue(folder, out var inner) || inner is not Dictionary<string, object?> next)
                {
                    next = new Dictionary<string, object?>(StringComparer.Ordinal);
                    target[folder] = next;
                }

                target = next;
            }

            target[segments[^1]] = value;
        }

        return (data, notes);
    }

    private static async Task<object?> ReadFileAsync(ImportSourceFile file, List<string> notes)
    {
        string text;
        try
        {
            var stream = file.Open();
            await using (stream.ConfigureAwait(false))
            {
                using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
                text = (await reader.ReadToEndAsync().ConfigureAwait(false)).TrimStart('\uFEFF');
            }
        }
        catch (DecoderFallbackException)
        {
            notes.Add($"{file.Path}: not UTF-8 text; left out of site.data");
            return null;
        }

        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(text));
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException)
        {
            notes.Add($"{file.Path}: not valid YAML or JSON ({exception.Message}); left out of site.data");
            return null;
        }

        if (yaml.Documents.Count == 0)
        {
            return null;
        }

        var budget = MaxValues;
        if (!Within(yaml.Documents[0].RootNode, 0, ref budget))
        {
            notes.Add($"{file.Path}: more than {MaxValues} values or nested too deep; left out of site.data");
            return null;
        }

        return JekyllValues.FromYaml(yaml.Documents[0].RootNode);
    }

    private static bool Within(YamlNode node, int depth, ref int budget)
    {
        if (--budget < 0 || depth > MaxDepth)
        {
            return false;
        }

        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var pair in mapping.Children)
                {
                    if (!Within(pair.Value, depth + 1, ref budget))
                    {
                        return false;
                    }
                }

                return true;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    if (!Within(item, depth + 1, ref budget))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }
}
