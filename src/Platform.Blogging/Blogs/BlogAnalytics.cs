namespace Platform.Blogging.Blogs;

/// <summary>A blog's views per day in a range (the blog's days), its total, and its most viewed posts.</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.BlogAnalytics")]
public sealed record BlogAnalytics(
    IReadOnlyList<DailyViews> Days,
    long TotalViews,
    IReadOnlyList<PostViews> TopPosts);

/// <summary>Views on one day of the blog's time zone.</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.DailyViews")]
public sealed record DailyViews(DateOnly Day, long Views);

/// <summary>A post's all-time views and likes (as rolled up: at most one flush interval behind).</summary>
[GenerateSerializer]
[Immutable]
[Alias("platform.PostViews")]
public sealed record PostViews(string PostId, string Title, string Permalink, long Views, long Likes);
