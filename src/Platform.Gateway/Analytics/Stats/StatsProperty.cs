using Platform.Blogging.Analytics;

namespace Platform.Gateway.Analytics.Stats;

/// <summary>The properties of Plausible's Stats API v1 the platform breaks down and filters by, and the result key each gets.</summary>
internal static class StatsProperty
{
    private static readonly Dictionary<string, AnalyticsProperty> s_byName = new(StringComparer.Ordinal)
    {
        ["event:page"] = AnalyticsProperty.Page,
        ["event:tag"] = AnalyticsProperty.Tag,
        ["event:category"] = AnalyticsProperty.Category,
        ["visit:source"] = AnalyticsProperty.Source,
        ["visit:referrer"] = AnalyticsProperty.Referrer,
        ["visit:utm_source"] = AnalyticsProperty.UtmSource,
        ["visit:utm_medium"] = AnalyticsProperty.UtmMedium,
        ["visit:utm_campaign"] = AnalyticsProperty.UtmCampaign,
        ["visit:country"] = AnalyticsProperty.Country,
        ["visit:device"] = AnalyticsProperty.Device,
        ["visit:browser"] = AnalyticsProperty.Browser,
        ["visit:os"] = AnalyticsProperty.Os,
        ["visit:entry_page"] = AnalyticsProperty.EntryPage,
        ["visit:exit_page"] = AnalyticsProperty.ExitPage,
    };

    public static IEnumerable<string> Names => s_byName.Keys;

    public static bool TryParse(string? name, out AnalyticsProperty property) => s_byName.TryGetValue(name ?? "", out property);

    public static AnalyticsProperty Parse(string? name, string parameter) =>
        TryParse(name, out var property)
            ? property
            : throw new StatsInputException(parameter, string.IsNullOrWhiteSpace(name)
                ? $"{parameter} is required: one of {string.Join(", ", s_byName.Keys)}."
                : $"Unknown property '{name}'. Use one of: {string.Join(", ", s_byName.Keys)}.");

    /// <summary>The API name of a property (<c>visit:source</c>).</summary>
    public static string Name(AnalyticsProperty property) => s_byName.First(p => p.Value == property).Key;

    /// <summary>The key a breakdown row names its value by: the part after the colon (<c>source</c>, <c>page</c>).</summary>
    public static string ResultKey(AnalyticsProperty property) => Name(property).Split(':')[1];
}
