namespace Platform.Blogging.Blogs;

/// <summary>A tag and how many public posts carry it.</summary>
public sealed record TagCount(string Tag, int PostCount);
