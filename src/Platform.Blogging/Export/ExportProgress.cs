namespace Platform.Blogging.Export;

/// <summary>How far an export is: each post is read twice (its Markdown file, then its entry in the JSON document).</summary>
/// <param name="Done">Steps done.</param>
/// <param name="Total">All steps: twice the number of posts.</param>
public sealed record ExportProgress(int Done, int Total);
