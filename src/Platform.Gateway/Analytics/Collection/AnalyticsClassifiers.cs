namespace Platform.Gateway.Analytics.Collection;

/// <summary>
/// The classifiers that describe a counted pageview, with their data loaded once: <see cref="Bots"/>,
/// <see cref="UserAgents"/> and <see cref="Countries"/> (<see cref="ReferrerClassifier"/> needs no data). A data file
/// that is missing does not stop the platform: its classifier falls back, and one warning at start says so.
/// </summary>
public sealed class AnalyticsClassifiers : IDisposable
{
    /// <summary>Loads the three data sets from <paramref name="paths"/> and logs what was loaded.</summary>
    /// <param name="paths">Where the data files are.</param>
    /// <param name="logger">Where to say what was loaded and what is missing.</param>
    public AnalyticsClassifiers(AnalyticsDataPaths paths, ILogger<AnalyticsClassifiers> logger)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(logger);
        Bots = BotDetector.Load(paths.BotList);
        UserAgents = UserAgentClassifier.Load(paths.UserAgentRegexes);
        Countries = CountryLookup.Open(paths.GeoIpDatabase);

        AnalyticsCollectionLog.DataLoaded(
            logger,
            Bots.UsesMaintainedList ? paths.BotList : "the built-in fragments",
            Bots.PatternCount,
            Bots.SkippedPatterns,
            UserAgents.IsLoaded ? "from " + paths.UserAgentRegexes : "not loaded",
            UserAgents.RuleCount,
            Countries.IsLoaded ? $"from {paths.GeoIpDatabase} ({Countries.DatabaseType}, built {Countries.BuildDate:yyyy-MM-dd})" : "not loaded");
        if (Bots.LoadError is { } botError)
        {
            AnalyticsCollectionLog.BotListMissing(logger, botError);
        }

        if (UserAgents.LoadError is { } userAgentError)
        {
            AnalyticsCollectionLog.UserAgentRegexesMissing(logger, userAgentError);
        }

        if (Countries.LoadError is { } countryError)
        {
            AnalyticsCollectionLog.CountryDatabaseMissing(logger, countryError);
        }
    }

    /// <summary>Crawlers, monitors and tools.</summary>
    public BotDetector Bots { get; }

    /// <summary>Browser, OS and device class.</summary>
    public UserAgentClassifier UserAgents { get; }

    /// <summary>Country of the client address.</summary>
    public CountryLookup Countries { get; }

    /// <summary>Closes the country database.</summary>
    public void Dispose() => Countries.Dispose();
}
