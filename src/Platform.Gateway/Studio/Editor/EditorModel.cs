using Platform.Blogging.Posts;
using Platform.Blogging.Revisions;
using Platform.Gateway.Studio.Posts;

namespace Platform.Gateway.Studio.Editor;

/// <summary>What the editor page shows: the form, the post it edits (null for a new one), errors, a preview and a conflict.</summary>
internal sealed record EditorModel(StudioBlogRequest Request, EditorForm Form, PostDocument? Post)
{
    /// <summary>An error message per field (<c>form</c> for the whole form).</summary>
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    /// <summary>Sanitised preview HTML, when the writer asked for a preview without script.</summary>
    public string? PreviewHtml { get; init; }

    /// <summary>Theirs (stored) against yours, when a save met a newer version.</summary>
    public IReadOnlyList<DiffLine>? Conflict { get; init; }

    /// <summary>A message after a save (<c>saved</c>, <c>published</c>…).</summary>
    public string? Notice { get; init; }

    /// <summary>Whether the post is a draft (or new): only drafts autosave.</summary>
    public bool IsDraft => Post is null || Post.Status == PostStatus.Draft;

    /// <summary>Where the form posts.</summary>
    public string Action => Post is null ? StudioPostLinks.New(Request.Blog) : StudioPostLinks.Edit(Request.Blog, Post.Id);

    /// <summary>Whether publish, unpublish and schedule are offered (never to contributors).</summary>
    public bool CanPublish => !Request.Access.DraftsOnly;
}
