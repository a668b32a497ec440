namespace Platform.Gateway.Analytics.Collection;

/// <summary>The log messages of the analytics classifiers' data.</summary>
internal static partial class AnalyticsCollectionLog
{
    [LoggerMessage(EventId = 4700, Level = LogLevel.Information,
        Message = "Analytics data: bots from {BotSource} ({BotPatterns} patterns, {SkippedBotPatterns} skipped), user agents {UserAgentState} ({UserAgentRules} rules), countries {CountryState}.")]
    public static partial void DataLoaded(ILogger logger, string botSource, int botPatterns, int skippedBotPatterns, string userAgentState, int userAgentRules, string countryState);

    [LoggerMessage(EventId = 4701, Level = LogLevel.Warning,
        Message = "Analytics: the crawler list is not loaded ({Reason}); bots are told by the built-in fragments only. Run 'npm ci' in data/analytics before building, or set Analytics:BotList.")]
    public static partial void BotListMissing(ILogger logger, string reason);

    [LoggerMessage(EventId = 4702, Level = LogLevel.Warning,
        Message = "Analytics: the user-agent regexes are not loaded ({Reason}); browsers and operating systems will be 'Unknown'. Run 'npm ci' in data/analytics before building, or set Analytics:UserAgentRegexes.")]
    public static partial void UserAgentRegexesMissing(ILogger logger, string reason);

    [LoggerMessage(EventId = 4703, Level = LogLevel.Warning,
        Message = "Analytics: the country database is not loaded ({Reason}); countries will be 'unknown'. Run 'npm ci' in data/analytics before building, or set Analytics:GeoIpDatabase.")]
    public static partial void CountryDatabaseMissing(ILogger logger, string reason);
}
