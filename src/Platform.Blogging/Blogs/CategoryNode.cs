namespace Platform.Blogging.Blogs;

/// <summary>A node of a blog's category tree: its name, its path from the root, and how many public posts are in it or below.</summary>
public sealed record CategoryNode(string Name, IReadOnlyList<string> Path, int PostCount, IReadOnlyList<CategoryNode> Children)
{
    /// <summary>The path joined with <c>/</c> between segments, for display. Names may contain <c>/</c> themselves.</summary>
    public string DisplayPath => string.Join(" / ", Path);
}
