using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Platform.Gateway.Analytics.Collection;

/// <summary>
/// The three parser lists of uap-core's <c>regexes.yaml</c>, in file order (the first rule that matches wins):
/// <c>user_agent_parsers</c>, <c>os_parsers</c> and <c>device_parsers</c>.
/// </summary>
internal sealed class UapRegexes
{
    private UapRegexes(IReadOnlyList<UapRule> browsers, IReadOnlyList<UapRule> systems, IReadOnlyList<UapRule> devices)
    {
        Browsers = browsers;
        Systems = systems;
        Devices = devices;
    }

    public IReadOnlyList<UapRule> Browsers { get; }

    public IReadOnlyList<UapRule> Systems { get; }

    public IReadOnlyList<UapRule> Devices { get; }

    public int Count => Browsers.Count + Systems.Count + Devices.Count;

    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="YamlException">The file is not the YAML expected.</exception>
    public static UapRegexes Read(string path)
    {
        using var reader = File.OpenText(path);
        var document = new DeserializerBuilder().IgnoreUnmatchedProperties().Build()
            .Deserialize<Dictionary<string, List<Dictionary<string, string>>?>>(reader)
            ?? throw new YamlException($"{path} is empty.");
        return new UapRegexes(Rules(document, "user_agent_parsers"), Rules(document, "os_parsers"), Rules(document, "device_parsers"));
    }

    private static UapRule[] Rules(Dictionary<string, List<Dictionary<string, string>>?> document, string section)
    {
        if (!document.TryGetValue(section, out var entries) || entries is null)
        {
            return [];
        }

        var rules = new List<UapRule>(entries.Count);
        foreach (var entry in entries)
        {
            if (!entry.TryGetValue("regex", out var pattern) || string.IsNullOrEmpty(pattern))
            {
                continue;
            }

            var ignoreCase = entry.TryGetValue("regex_flag", out var flag) && flag.Contains('i', StringComparison.Ordinal);
            var replacements = entry
                .Where(e => e.Key.EndsWith("_replacement", StringComparison.Ordinal))
                .ToDictionary(e => e.Key, e => e.Value ?? string.Empty, StringComparer.Ordinal);
            rules.Add(new UapRule(pattern, ignoreCase, replacements));
        }

        return [.. rules];
    }
}
