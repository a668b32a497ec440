
namespace Platform.Blogging.Blogs;

/// <summary>Builds a <see cref="BlogSnapshot"/> from the stored state at a moment in time.</summary>
internal static class BlogSnapshotBuilder
{
    /// <summary>Newest first; equal dates by id, so the order is the same on every silo.</summary>
    private static readonly Comparison<PostEntry> NewestFirst = static (a, b) =>
    {
        var byDate = b.Date.CompareTo(a.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Id, b.Id);
    };

    public static BlogSnapshot Build(BlogIndex index, DateTimeOffset now)
    {
        var settings = index.Settings;
        var all = index.Posts.ToArray();
        Array.Sort(all, NewestFirst);
        var published = all.Where(p => p.IsPublicAt(now)).ToArray();
        var nextPublication = all.Where(p => p.Status != Posts.PostStatus.Draft && p.Date > now).Select(p => (DateTimeOffset?)p.Date).Min();

        var byPermalink = published.ToDictionary(p => BlogSnapshot.PermalinkKey(p.Permalink), StringComparer.Ordinal);
        var redirects = new Dictionary<string, PostEntry>(StringComparer.Ordinal);
        if (index.Redirects.Count > 0)
        {
            var publicIds = published.ToDictionary(p => p.Id, StringComparer.Ordinal);
            foreach (var (key, id) in index.Redirects)
            {
                if (publicIds.TryGetValue(id, out var target) && !byPermalink.ContainsKey(key))
                {
                    redirects[key] = target;
                }
            }
        }

        // One pass, newest first within each tag (the order of published).
        var tagLists = new Dictionary<string, List<PostEntry>>(StringComparer.Ordinal);
        foreach (var post in published)
        {
            for (var i = 0; i < post.Tags.Count; i++)
            {
                var tag = post.Tags[i];
                if (IndexOf(post.Tags, tag) != i)
                {
                    continue; // a tag written twice on one post counts once
                }

                if (!tagLists.TryGetValue(tag, out var list))
                {
                    tagLists[tag] = list = [];
                }

                list.Add(post);
            }
        }

        var byTag = tagLists.ToDictionary(t => t.Key, t => (IReadOnlyList<PostEntry>)t.Value, StringComparer.Ordinal);
        var tags = byTag.Select(t => new TagCount(t.Key, t.Value.Count))
            .OrderByDescending(t => t.PostCount).ThenBy(t => t.Tag, StringComparer.Ordinal).ToArray();

        var inCategory = new Dictionary<string, IReadOnlyList<PostEntry>>(StringComparer.Ordinal);
        var tree = BuildTree([], published, inCategory);
        return new BlogSnapshot(
            settings, index.Version, now, nextPublication, published, all, byPermalink, redirects, byTag, tags,
            tree, inCategory);
    }

    private static int IndexOf(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (string.Equals(values[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
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
