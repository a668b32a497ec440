namespace Platform.Blogging.Import.WordPress;

/// <summary>One <c>item</c> of a WXR channel, with the fields the import uses.</summary>
internal sealed record WxrItem
{
    /// <summary>The line of the <c>&lt;item&gt;</c> tag, for reports.</summary>
    public required int Line { get; init; }

    /// <summary><c>title</c>.</summary>
    public string? Title { get; init; }

    /// <summary><c>link</c>: the post's address on the old site.</summary>
    public string? Link { get; init; }

    /// <summary><c>dc:creator</c>: the author's login.</summary>
    public string? Creator { get; init; }

    /// <summary><c>content:encoded</c>: the body as WordPress stores it.</summary>
    public string? Content { get; init; }

    /// <summary><c>excerpt:encoded</c>.</summary>
    public string? Excerpt { get; init; }

    /// <summary><c>wp:post_id</c>.</summary>
    public string? PostId { get; init; }

    /// <summary><c>wp:post_date</c>: local time of the old site, <c>YYYY-MM-DD hh:mm:ss</c>.</summary>
    public string? PostDate { get; init; }

    /// <summary><c>wp:post_date_gmt</c>: the same time in UTC (<c>0000-00-00 00:00:00</c> for drafts never saved with a date).</summary>
    public string? PostDateGmt { get; init; }

    /// <summary><c>wp:post_modified</c> (WordPress 5.7 and later).</summary>
    public string? PostModified { get; init; }

    /// <summary><c>wp:post_modified_gmt</c> (WordPress 5.7 and later).</summary>
    public string? PostModifiedGmt { get; init; }

    /// <summary><c>wp:post_name</c>: the slug, percent-encoded when it is not ASCII.</summary>
    public string? PostName { get; init; }

    /// <summary><c>wp:status</c>: publish, future, draft, pending, private, trash, auto-draft, inherit.</summary>
    public string? Status { get; init; }

    /// <summary><c>wp:post_type</c>: post, page, attachment, nav_menu_item, ...</summary>
    public string? PostType { get; init; }

    /// <summary><c>wp:post_password</c>.</summary>
    public string? Password { get; init; }

    /// <summary><c>wp:is_sticky</c> is 1.</summary>
    public bool IsSticky { get; init; }

    /// <summary><c>wp:attachment_url</c>, for attachments.</summary>
    public string? AttachmentUrl { get; init; }

    /// <summary>The item's <c>category</c> elements.</summary>
    public IReadOnlyList<WxrTerm> Terms { get; init; } = [];

    /// <summary>The item's <c>wp:postmeta</c> values by key (the first of each key).</summary>
    public IReadOnlyDictionary<string, string> Meta { get; init; } = new Dictionary<string, string>();

    /// <summary>How many approved <c>wp:comment</c>s the item has.</summary>
    public int ApprovedComments { get; init; }
}
