using Platform.Blogging.Errors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Platform.Blogging.Import.Jekyll;

/// <summary>
/// Reads <c>_config.yml</c>. Invalid YAML, or a key the import uses with a value of the wrong shape, refuses the
/// whole import with the file and line (<see cref="InvalidInputException"/>), before anything is stored.
/// </summary>
public static class JekyllConfigReader
{
    /// <summary>The largest <c>_config.yml</c> read.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>Reads the configuration in <paramref name="yaml"/> (the file at <paramref name="path"/> of the site).</summary>
    public static JekyllConfig Read(string path, string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException exception)
        {
            throw Invalid(path, exception.Start.Line, exception.Start.Column, exception.InnerException?.Message ?? exception.Message);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this for some unterminated flow collections; the scanner's position is where it gave up.
            throw Invalid(path, scanner.CurrentPosition.Line, scanner.CurrentPosition.Column, "unexpected content (is a '[' or '{' left unclosed?)");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return JekyllConfig.Empty;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw Invalid(path, stream.Documents[0].RootNode.Start.Line, stream.Documents[0].RootNode.Start.Column, "the configuration must be a mapping of keys to values");
        }

        var values = (IReadOnlyDictionary<string, object?>)JekyllValues.FromYaml(root)!;
        string? Text(string key)
        {
            if (!root.Children.TryGetValue(new YamlScalarNode(key), out var node) || node is YamlScalarNode { Value: null or "" or "~" } and { Style: ScalarStyle.Plain })
            {
                return null;
            }

            return node is YamlScalarNode scalar
                ? scalar.Value
                : throw Invalid(path, node.Start.Line, node.Start.Column, $"'{key}' must be a single value");
        }

        var baseUrl = (Text("baseurl") ?? "").Trim().TrimEnd('/');
        if (baseUrl.Length > 0 && !baseUrl.StartsWith('/'))
        {
            baseUrl = "/" + baseUrl;
        }

        var url = Text("url")?.Trim().TrimEnd('/');
        if (url is { Length: > 0 } && !(Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"))
        {
            var node = root.Children[new YamlScalarNode("url")];
            throw Invalid(path, node.Start.Line, node.Start.Column, $"'url' must be the site's absolute http or https address, not '{url}'");
        }

        return new JekyllConfig
        {
            Title = Text("title"),
            Description = Text("description"),
            Url = string.IsNullOrEmpty(url) ? null : url,
            BaseUrl = baseUrl,
            Permalink = Text("permalink"),
            TimeZone = Text("timezone"),
            ExcerptSeparator = Text("excerpt_separator"),
            Defaults = ReadDefaults(path, root),
            Values = values,
        };
    }

    private static List<JekyllDefault> ReadDefaults(string path, YamlMappingNode root)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode("defaults"), out var node) || node is YamlScalarNode { Value: null or "" or "~" })
        {
            return [];
        }

        if (node is not YamlSequenceNode list)
        {
            throw Invalid(path, node.Start.Line, node.Start.Column, "'defaults' must be a list of scope and values");
        }

        var defaults = new List<JekyllDefault>();
        foreach (var item in list)
        {
            if (item is not YamlMappingNode entry
                || !entry.Children.TryGetValue(new YamlScalarNode("values"), out var valuesNode) || valuesNode is not YamlMappingNode values)
            {
                throw Invalid(path, item.Start.Line, item.Start.Column, "each entry of 'defaults' needs 'values', a mapping");
            }

            string scopePath = "";
            string? type = null;
            if (entry.Children.TryGetValue(new YamlScalarNode("scope"), out var scopeNode) && scopeNode is YamlMappingNode scope)
            {
                scopePath = scope.Children.TryGetValue(new YamlScalarNode("path"), out var p) && p is YamlScalarNode ps ? ps.Value ?? "" : "";
                type = scope.Children.TryGetValue(new YamlScalarNode("type"), out var t) && t is YamlScalarNode ts ? ts.Value : null;
            }
            else if (scopeNode is not null and not YamlScalarNode { Value: null or "" })
            {
                throw Invalid(path, scopeNode.Start.Line, scopeNode.Start.Column, "a 'scope' of 'defaults' must be a mapping (path, type)");
            }

            defaults.Add(new JekyllDefault(scopePath.Trim().Trim('/'), string.IsNullOrWhiteSpace(type) ? null : type.Trim(), values));
        }

        return defaults;
    }

    private static InvalidInputException Invalid(string path, long line, long column, string reason) =>
        new("file", FormattableString.Invariant($"{path}: invalid configuration at line {line}, column {column}: {reason}. Nothing was imported."));
}
