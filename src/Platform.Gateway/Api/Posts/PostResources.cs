using Platform.Blogging.Blogs;
using Platform.Blogging.Posts;

namespace Platform.Gateway.Api.Posts;

/// <summary>Builds post resources from the domain's documents and index entries.</summary>
internal static class PostResources
{
    public static string StatusName(PostStatus status) => status switch
    {
        PostStatus.Draft => "draft",
        PostStatus.Scheduled => "scheduled",
        _ => "published",
    };

    public static PostResource Full(PostDocument document, PostEntry? entry, string url, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(document);
        var content = document.Content;
        return new PostResource(
            document.Id, content.Slug, url, content.Title, StatusName(entry?.StatusAt(now) ?? document.Status), content.Date, content.LastModified,
            document.CreatedAt, document.UpdatedAt, content.Tags, content.Categories, content.Excerpt, content.Description, content.Image,
            content.Html, content.Source, document.Revision, document.Views, document.Likes, content.OwnerId);
    }

    public static PostSummary Summary(PostEntry entry, string url, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new PostSummary(
            entry.Id, entry.Slug, url, entry.Title, StatusName(entry.StatusAt(now)), entry.Date, entry.LastModified, entry.Tags, entry.Categories,
            entry.Excerpt, entry.Revision);
    }

    /// <summary>The permalink of a post missing from the index (not expected): its slug under the root.</summary>
    public static string FallbackPermalink(PostDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return "/" + document.Content.Slug + "/";
    }
}
