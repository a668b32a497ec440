namespace Platform.Gateway.Analytics.Collection;

/// <summary>Where <see cref="AnalyticsClassifiers"/> reads its three data files from.</summary>
/// <param name="BotList">The crawler list, <c>crawler-user-agents.json</c> (configuration key <c>Analytics:BotList</c>).</param>
/// <param name="UserAgentRegexes">uap-core's <c>regexes.yaml</c> (<c>Analytics:UserAgentRegexes</c>).</param>
/// <param name="GeoIpDatabase">The country database, a MaxMind DB file (<c>Analytics:GeoIpDatabase</c>).</param>
public sealed record AnalyticsDataPaths(string BotList, string UserAgentRegexes, string GeoIpDatabase)
{
    /// <summary>The configuration section of the keys.</summary>
    public const string SectionName = "Analytics";

    /// <summary>The files the build copies beside the application (<see cref="AnalyticsDataFiles.DefaultPath"/>).</summary>
    public static AnalyticsDataPaths Default { get; } = new(
        AnalyticsDataFiles.DefaultPath(AnalyticsDataFiles.BotList),
        AnalyticsDataFiles.DefaultPath(AnalyticsDataFiles.UserAgentRegexes),
        AnalyticsDataFiles.DefaultPath(AnalyticsDataFiles.GeoIpDatabase));

    /// <summary>The paths configured under <c>Analytics:</c>, each falling back to its default when not set.</summary>
    /// <param name="configuration">The application's configuration.</param>
    public static AnalyticsDataPaths FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        return new(
            Configured(section["BotList"]) ?? Default.BotList,
            Configured(section["UserAgentRegexes"]) ?? Default.UserAgentRegexes,
            Configured(section["GeoIpDatabase"]) ?? Default.GeoIpDatabase);
    }

    private static string? Configured(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
