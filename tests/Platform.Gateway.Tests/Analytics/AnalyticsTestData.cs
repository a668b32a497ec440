using Platform.Gateway.Analytics.Collection;

namespace Platform.Gateway.Tests.Analytics;

/// <summary>
/// The analytics data files as the build copies them into this project's output (analytics-data/, from the Gateway's
/// data/analytics/node_modules). A test that needs one fails, never skips, when it is missing.
/// </summary>
internal static class AnalyticsTestData
{
    private static readonly Lazy<BotDetector> s_bots = new(() => BotDetector.Load(Require(AnalyticsDataFiles.BotList)));
    private static readonly Lazy<UserAgentClassifier> s_userAgents = new(() => UserAgentClassifier.Load(Require(AnalyticsDataFiles.UserAgentRegexes)));
    private static readonly Lazy<CountryLookup> s_countries = new(() => CountryLookup.Open(Require(AnalyticsDataFiles.GeoIpDatabase)));

    public static BotDetector Bots => s_bots.Value;

    public static UserAgentClassifier UserAgents => s_userAgents.Value;

    public static CountryLookup Countries => s_countries.Value;

    public static string Require(string name)
    {
        var path = AnalyticsDataFiles.DefaultPath(name);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The analytics data file {path} is missing. Run 'npm ci' in data/analytics (the Gateway build does it when npm is on PATH), then build again.");
        }

        return path;
    }
}
