using System.Collections.Frozen;
using Platform.Blogging.Access;
using Platform.Blogging.Accounts;
using Platform.Blogging.Analytics;
using Platform.Blogging.Blogs;
using Platform.Blogging.Media;
using Platform.Blogging.Posts;
using Platform.Blogging.Registry;
using Platform.Blogging.Revisions;
using Platform.Blogging.Tags;

namespace Platform.Blogging.Hosting;

/// <summary>
/// Every state the blog domain stores: (state name, grain type) and the type its JSON reads as. Storage keys are
/// built from the first two; migration and verification tools use the map to read any stored state.
/// </summary>
public static class StoredStates
{
    /// <summary>The stored states, by (state name, grain type).</summary>
    public static FrozenDictionary<(string State, string GrainType), Type> All { get; } = new Dictionary<(string, string), Type>
    {
        [("blog", "blog")] = typeof(BlogState),
        [("blogstats", "blog")] = typeof(BlogStatsState),
        [("index", BlogLayout.IndexGrainType)] = typeof(IndexBucketState),
        [("stats", BlogLayout.StatsGrainType)] = typeof(StatsBucketState),
        [("days", BlogLayout.DaysGrainType)] = typeof(MonthViewsState),
        [("post", "post")] = typeof(PostState),
        [("postcounters", "post")] = typeof(PostCountersState),
        [(PostRevisionsGrain.StateName, PostRevisionsGrain.GrainType)] = typeof(PostRevisionsState),
        [(PostRevisionsGrain.SourceStateName, PostRevisionsGrain.SourceGrainType)] = typeof(RevisionSourceState),
        [("tag", "tag")] = typeof(TagState), // layout 2 only: tag lists now come from the blog's index
        [("directory", "blogdirectory")] = typeof(DirectoryState),
        [("access", "blogaccess")] = typeof(AccessState),
        [("analytics", "bloganalytics")] = typeof(BlogAnalyticsState),
        [("visits", BlogAnalyticsGrain.RowGrainType)] = typeof(AnalyticsRowState),
        [("summary", BlogAnalyticsGrain.MonthGrainType)] = typeof(AnalyticsMonthState),
        [("salts", "visitorsalt")] = typeof(VisitorSaltState),
        [(BlogMediaGrain.StateName, BlogMediaGrain.GrainTypeName)] = typeof(MediaState),
        [(UserGrain.StateName, UserGrain.GrainType)] = typeof(UserState),
        [(EmailIndexGrain.StateName, EmailIndexGrain.GrainType)] = typeof(EmailIndexState),
    }.ToFrozenDictionary();
}
