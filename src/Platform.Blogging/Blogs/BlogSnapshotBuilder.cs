
namespace Platform.Blogging.Blogs;

/// <summary>Builds a <see cref="BlogSnapshot"/> from the stored state at a moment in time.</summary>
internal static class BlogSnapshotBuilder
{
    public static BlogSnapshot Build(BlogIndex index, DateTimeOffset now)
    {
        var settings = index.Settings;
        var all = index.Posts.OrderByDescending(p => p.Date).ThenBy(p => p.Id, StringComparer.Ordinal).ToArray();
        var published = all.Where(p => p.IsPublicAt(now)).ToArray();
        var nextPublication = all.Where(p => p.Status != Posts.PostStatus.Draft && p.Date > now).Select(p => (DateTimeOffset?)p.Date).Min();

        var byPermalink = published.ToDictionary(p => BlogSnapshot.PermalinkKey(p.Permalink), StringComparer.Ordinal);
        var publicIds = published.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var redirects = index.Redirects
            .Where(r => publicIds.ContainsKey(r.Value) && !byPermalink.ContainsKey(r.Key))
            .ToDictionary(r => r.Key, r => publicIds[r.Value], StringComparer.Ordinal);

        var byTag = published
            .SelectMany(p => p.Tags.Distinct(StringComparer.Ordinal).Select(t => (Tag: t, Post: p)))
            .GroupBy(x => x.Tag, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<PostEntry>)[.. g.Select(x => x.Post)], StringComparer.Ordinal);
        var tags = byTag.Select(t => new TagCount(t.Key, t.Value.Count))
            .OrderByDescending(t => t.PostCount).ThenBy(t => t.Tag, StringComparer.Ordinal).ToArray();

        var inCategory = new Dictionary<string, IReadOnlyList<PostEntry>>(StringComparer.Ordinal);
        var tree = BuildTree([], published, inCategory);
        return new BlogSnapshot(
            settings, index.Version, now, nextPublication, published, all, byPermalink, redirects, byTag, tags,
            tree, inCategory);
    }

    private static CategoryNode BuildTree(IReadOnlyList<string> path, PostEntry[] posts, Dictionary<string, IReadOnlyList<PostEntry>> inCategory)
    {
        var depth = path.Count;
        inCategory[BlogSnapshot.CategoryKey(path)] = posts;
        var children = posts
            .Where(p => p.Categories.Count > depth)
            .GroupBy(p => p.Categories[depth], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => BuildTree([.. path, g.Key], [.. g], inCategory))
            .ToArray();
        return new CategoryNode(depth == 0 ? "" : path[^1], path, posts.Length, children);
    }
}
