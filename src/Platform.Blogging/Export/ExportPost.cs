using Platform.Blogging.Blogs;
using Platform.Blogging.Posts;

using Platform.Blogging.Revisions;

namespace Platform.Blogging.Export;

/// <summary>
/// A post as the export reads it: its index entry (permalink), its document (source, counters), its status now, its
/// former permalinks and, for the JSON document only, its kept revisions (newest first).
/// </summary>
internal sealed record ExportPost(PostEntry Entry, PostDocument Document, PostStatus Status, IReadOnlyList<string> FormerPermalinks)
{
    /// <summary>The post's kept revisions with their sources, newest first (read only for the JSON document).</summary>
    public IReadOnlyList<PostRevision> Revisions { get; init; } = [];

    /// <summary>The post's content.</summary>
    public PostContent Content => Document.Content;
}
