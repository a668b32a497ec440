namespace Platform.Blogging.Registry;

/// <summary>The directory's stored state.</summary>
public sealed class DirectoryState
{
    /// <summary>Every blog's name and its custom domains.</summary>
    public Dictionary<string, List<string>> Blogs { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Blogs with scheduled posts, and when the earliest is due.</summary>
    public Dictionary<string, DateTimeOffset> NextPublications { get; set; } = new(StringComparer.Ordinal);
}
