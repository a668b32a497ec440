namespace Platform.Blogging.Blogs;

/// <summary>A blog's views per day of one month (layout 3), and what it has folded from each counter partition.</summary>
[GenerateSerializer]
[Alias("platform.MonthViewsState")]
public sealed class MonthViewsState
{
    /// <summary>Views per day (<c>yyyy-MM-dd</c>).</summary>
    [Id(0)]
    public Dictionary<string, long> Days { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Per counter partition, the last partition sequence whose pending days this month has added.</summary>
    [Id(1)]
    public Dictionary<int, long> Folded { get; set; } = [];
}
