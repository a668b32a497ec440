using Platform.Blogging.Blogs;
using Platform.Blogging.Posts;

namespace Platform.Blogging.Export;

/// <summary>A post as the export reads it: its index entry (permalink), its document (source, counters), its status now and its former permalinks.</summary>
internal sealed record ExportPost(PostEntry Entry, PostDocument Document, PostStatus Status, IReadOnlyList<string> FormerPermalinks)
{
    /// <summary>The post's content.</summary>
    public PostContent Content => Document.Content;
}
