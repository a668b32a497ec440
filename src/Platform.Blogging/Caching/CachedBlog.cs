using Platform.Blogging.Blogs;

namespace Platform.Blogging.Caching;

/// <summary>A blog as a silo holds it: the grain's index and the snapshot built from it here.</summary>
internal sealed record CachedBlog(BlogIndex Index, BlogSnapshot Snapshot);
