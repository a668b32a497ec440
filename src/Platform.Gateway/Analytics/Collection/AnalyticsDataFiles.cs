namespace Platform.Gateway.Analytics.Collection;

/// <summary>
/// The analytics data files and where the build puts them: <c>analytics-data/</c> beside the application, copied
/// there from <c>data/analytics/node_modules</c> (installed with <c>npm ci</c>, pinned in <c>data/analytics/package-lock.json</c>).
/// </summary>
public static class AnalyticsDataFiles
{
    /// <summary>The folder, under the application's base directory, that the build copies the data files into.</summary>
    public const string FolderName = "analytics-data";

    /// <summary>The crawler list of the <c>crawler-user-agents</c> package.</summary>
    public const string BotList = "crawler-user-agents.json";

    /// <summary>The user-agent, OS and device regexes of the <c>uap-core</c> package.</summary>
    public const string UserAgentRegexes = "regexes.yaml";

    /// <summary>The IPv4 and IPv6 country database of the <c>@ip-location-db/geo-whois-asn-country-mmdb</c> package.</summary>
    public const string GeoIpDatabase = "geo-whois-asn-country.mmdb";

    /// <summary>The default path of a data file: <c>analytics-data/NAME</c> under <see cref="AppContext.BaseDirectory"/>.</summary>
    /// <param name="name">The file name, e.g. <see cref="BotList"/>.</param>
    public static string DefaultPath(string name) => Path.Combine(AppContext.BaseDirectory, FolderName, name);
}
