namespace Platform.Blogging.Registry;

/// <summary>The directory's stored state.</summary>
[GenerateSerializer]
[Alias("platform.DirectoryState")]
public sealed class DirectoryState
{
    /// <summary>Every blog's name and its custom domains.</summary>
    [Id(0)]
    public Dictionary<string, List<string>> Blogs { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Blogs with scheduled posts, and when the earliest is due.</summary>
    [Id(1)]
    public Dictionary<string, DateTimeOffset> NextPublications { get; set; } = new(StringComparer.Ordinal);
}
