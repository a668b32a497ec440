using Platform.Blogging.Media;
using Platform.Gateway.Studio.Posts;

namespace Platform.Gateway.Studio.Media;

/// <summary>What the media library page shows: a page of the blog's uploads, newest first, and the upload form's state.</summary>
/// <param name="Request">The studio request on the blog.</param>
/// <param name="Items">The items on this page.</param>
/// <param name="Total">How many items the blog has.</param>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="Pages">How many pages there are (at least 1).</param>
/// <param name="Limit">The upload limit in bytes.</param>
/// <param name="BlogBase">The blog's public address (no trailing slash), for the URLs to copy.</param>
internal sealed record MediaLibraryModel(StudioBlogRequest Request, IReadOnlyList<MediaItem> Items, int Total, int Page, int Pages, long Limit, string BlogBase)
{
    /// <summary>A message after an upload or a delete.</summary>
    public string? Notice { get; init; }

    /// <summary>Why the last upload was refused.</summary>
    public string? UploadError { get; init; }

    /// <summary>The item just uploaded, marked in the list.</summary>
    public string? Highlight { get; init; }

    public bool CanDelete(MediaItem item) => StudioMediaRules.CanDelete(Request.Access, item);
}
