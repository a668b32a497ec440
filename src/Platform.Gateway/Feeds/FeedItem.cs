using Platform.Blogging.Blogs;

namespace Platform.Gateway.Feeds;

/// <summary>One entry of a feed: the post's index entry and, when the caller wants full content in the feed, its sanitised HTML.</summary>
/// <param name="Entry">The post as the blog's index knows it.</param>
/// <param name="ContentHtml">The post's sanitised HTML body (<c>PostContent.Html</c>), or null to publish the excerpt only.</param>
public readonly record struct FeedItem(PostEntry Entry, string? ContentHtml = null)
{
    /// <summary>When the entry last changed: <see cref="PostEntry.LastModified"/>, or its date.</summary>
    public DateTimeOffset Updated => Entry.LastModified ?? Entry.Date;
}
