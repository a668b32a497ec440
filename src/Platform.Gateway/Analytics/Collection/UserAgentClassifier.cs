using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace Platform.Gateway.Analytics.Collection;

/// <summary>
/// Browser, OS and device class of a User-Agent, with uap-core's <c>regexes.yaml</c>: in each of its three lists the
/// first rule that matches gives the family (its <c>*_replacement</c> template with <c>$1</c>-style groups, or its first
/// group); a few in-app browsers uap-core does not know are named first (<see cref="InAppBrowsers"/>). Evaluating up
/// to about 1,200 expressions is slow (a millisecond or two), so results are cached per User-Agent (bounded), and each
/// expression is compiled the first time it is needed. Without the file, browser and OS are
/// <see cref="UserAgentInfo.Unknown"/> and the device class comes from the User-Agent alone (<see cref="DeviceClassifier"/>).
/// </summary>
public sealed class UserAgentClassifier
{
    private const int CacheCapacity = 10_000;
    private const string UapOther = "Other";

    private readonly UapRegexes? _regexes;
    private readonly BoundedCache<UserAgentInfo> _cache = new(CacheCapacity);

    private UserAgentClassifier(UapRegexes? regexes, string? loadError)
    {
        _regexes = regexes;
        LoadError = loadError;
    }

    /// <summary>True when the regexes were loaded.</summary>
    public bool IsLoaded => _regexes is not null;

    /// <summary>How many rules were loaded, over the three lists.</summary>
    public int RuleCount => _regexes?.Count ?? 0;

    /// <summary>Why the regexes were not loaded (missing or unreadable file), or null when they were.</summary>
    public string? LoadError { get; }

    /// <summary>Loads uap-core's <c>regexes.yaml</c>; a classifier that knows no families if it cannot.</summary>
    /// <param name="path">The path of <c>regexes.yaml</c>.</param>
    public static UserAgentClassifier Load(string path)
    {
        if (!File.Exists(path))
        {
            return new(null, $"{path} does not exist");
        }

        try
        {
            return new(UapRegexes.Read(path), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or YamlException)
        {
            return new(null, $"{path} could not be read: {ex.Message}");
        }
    }

    /// <summary>Browser family, OS family and device class of <paramref name="userAgent"/>.</summary>
    /// <param name="userAgent">The User-Agent header.</param>
    public UserAgentInfo Classify(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return UserAgentInfo.None;
        }

        return _regexes is null
            ? new UserAgentInfo(UserAgentInfo.Unknown, UserAgentInfo.Unknown, DeviceClassifier.Classify(userAgent, null, null, null, null))
            : _cache.GetOrAdd(userAgent, ua => Parse(_regexes, ua));
    }

    private static UserAgentInfo Parse(UapRegexes regexes, string userAgent)
    {
        var browser = InAppBrowsers.Family(userAgent) ?? Family(regexes.Browsers, userAgent, "family_replacement");
        var os = Family(regexes.Systems, userAgent, "os_replacement");

        string? device = null, brand = null, model = null;
        if (FirstMatch(regexes.Devices, userAgent) is (var rule, var match))
        {
            device = rule.Field(match, "device_replacement", 1);
            brand = rule.Field(match, "brand_replacement", 0);
            model = rule.Field(match, "model_replacement", 1);
        }

        return new UserAgentInfo(Known(browser), Known(os), DeviceClassifier.Classify(userAgent, os, device, brand, model));
    }

    private static string? Family(IReadOnlyList<UapRule> rules, string userAgent, string replacementKey) =>
        FirstMatch(rules, userAgent) is (var rule, var match) ? rule.Field(match, replacementKey, 1) : null;

    private static (UapRule Rule, Match Match)? FirstMatch(IReadOnlyList<UapRule> rules, string userAgent)
    {
        foreach (var rule in rules)
        {
            if (rule.Match(userAgent) is { } match)
            {
                return (rule, match);
            }
        }

        return null;
    }

    private static string Known(string? family) =>
        family is null || string.Equals(family, UapOther, StringComparison.Ordinal) ? UserAgentInfo.Unknown : family;
}
