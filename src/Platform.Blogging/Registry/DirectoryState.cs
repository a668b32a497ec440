namespace Platform.Blogging.Registry;

/// <summary>A directory partition's stored state (layout 2: the one directory grain's, with domains inside <see cref="Blogs"/>).</summary>
[GenerateSerializer]
[Alias("platform.DirectoryState")]
public sealed class DirectoryState
{
    /// <summary>Blog names; in layout 2 each with its custom domains, from layout 3 with an empty list.</summary>
    [Id(0)]
    public Dictionary<string, List<string>> Blogs { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Blogs with scheduled posts, and when the earliest is due.</summary>
    [Id(1)]
    public Dictionary<string, DateTimeOffset> NextPublications { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Custom domains and the blog that owns each (layout 3).</summary>
    [Id(2)]
    public Dictionary<string, string> Domains { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Whether this partition has taken its share of the layout-2 directory.</summary>
    [Id(3)]
    public bool Migrated { get; set; }
}
