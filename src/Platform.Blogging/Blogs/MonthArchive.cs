namespace Platform.Blogging.Blogs;

/// <summary>The public posts of one month (in the blog's time zone), newest first.</summary>
public sealed record MonthArchive(int Year, int Month, IReadOnlyList<PostEntry> Posts);
