using Platform.Blogging.Blogs;
using Platform.Blogging.Posts;

namespace Platform.Blogging.Authoring;

/// <summary>A saved post: its document and its index entry (which has the permalink).</summary>
public sealed record SavedPost(PostDocument Document, PostEntry Entry);
