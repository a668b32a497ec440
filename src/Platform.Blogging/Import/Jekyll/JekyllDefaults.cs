using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// Applies <c>_config.yml</c>'s <c>defaults</c> to one file as Jekyll does: every entry whose scope matches (its
/// <c>path</c> is empty, the file's folder or a parent of it, or a <c>*</c> pattern matching it; its <c>type</c> is
/// absent or the file's) gives its values; a more specific scope (a longer path, then one with a type) wins over a
/// less specific one, and of two equally specific the later wins. The file's own front matter wins over all.
/// </summary>
public static class JekyllDefaults
{
    /// <summary>The default values for the file at <paramref name="path"/> (relative to the site) of type <paramref name="type"/> (<c>posts</c> or <c>drafts</c>).</summary>
    public static IReadOnlyList<KeyValuePair<string, YamlNode>> For(IReadOnlyList<JekyllDefault> defaults, string path, string type)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        ArgumentNullException.ThrowIfNull(path);
        var merged = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var order = new List<string>();
        var matching = defaults
            .Select((entry, index) => (entry, index))
            .Where(d => PathMatches(d.entry.Path, path) && (d.entry.Type is null || d.entry.Type == type || (type == "drafts" && d.entry.Type == "posts")))
            .OrderBy(d => d.entry.Path.Length == 0 ? 0 : d.entry.Path.Split('/').Length)
            .ThenBy(d => d.entry.Type is null ? 0 : 1)
            .ThenBy(d => d.index);
        foreach (var (entry, _) in matching)
        {
            foreach (var (key, value) in entry.Values.Children)
            {
                if (key is YamlScalarNode { Value: { } name })
                {
                    if (!merged.ContainsKey(name))
                    {
                        order.Add(name);
                    }

                    merged[name] = value;
                }
            }
        }

        return [.. order.Select(name => new KeyValuePair<string, YamlNode>(name, merged[name]))];
    }

    private static bool PathMatches(string scope, string path)
    {
        if (scope.Length == 0)
        {
            return true;
        }

        if (scope.Contains('*', StringComparison.Ordinal))
        {
            var pattern = "^" + Regex.Escape(scope).Replace(@"\*", "[^/]*", StringComparison.Ordinal) + "(/|$)";
            return Regex.IsMatch(path, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        return path == scope || path.StartsWith(scope + "/", StringComparison.Ordinal);
    }
}
