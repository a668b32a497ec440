namespace Platform.Blogging.Analytics;

/// <summary>
/// A blog's traffic (grain key: the blog's name): it takes the pageviews each silo pre-aggregated, groups them into
/// visits, stores them by hour and then by day, and answers queries. One write per batch, never one per view.
/// </summary>
[Alias("platform.IBlogAnalyticsGrain")]
public interface IBlogAnalyticsGrain : IGrainWithStringKey
{
    /// <summary>Applies a batch of pageviews (once: a retry of an applied batch is ignored) and stores it before answering.</summary>
    [Alias("Record")]
    Task Record(AnalyticsBatch batch);

    /// <summary>Visitors with a view in the last five minutes.</summary>
    [Alias("GetRealtimeVisitors")]
    Task<int> GetRealtimeVisitors();

    /// <summary>Answers a query.</summary>
    [Alias("Query")]
    Task<AnalyticsResult> Query(AnalyticsQuery query);

    /// <summary>Compacts hour rows older than 48 hours into day rows and rolls days past retention into months; returns the rows it changed.</summary>
    [Alias("Maintain")]
    Task<int> Maintain();
}
