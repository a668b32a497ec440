namespace Platform.Blogging.Import.Ghost;

/// <summary>One row of a Ghost export's <c>posts</c> table, with the fields the import uses.</summary>
internal sealed record GhostPost
{
    /// <summary>The row's position in the <c>posts</c> array (0-based), for reports about rows without an id.</summary>
    public required int Index { get; init; }

    /// <summary><c>id</c>; numbers (old exports) are kept as their digits.</summary>
    public string? Id { get; init; }

    /// <summary><c>title</c>.</summary>
    public string? Title { get; init; }

    /// <summary><c>slug</c>.</summary>
    public string? Slug { get; init; }

    /// <summary><c>type: "page"</c>, or <c>page: true</c> in exports before Ghost 2.</summary>
    public bool IsPage { get; init; }

    /// <summary><c>status</c>: published, draft, scheduled or sent.</summary>
    public string? Status { get; init; }

    /// <summary><c>visibility</c>: public, members, paid, tiers.</summary>
    public string? Visibility { get; init; }

    /// <summary><c>mobiledoc</c>: a JSON document in a string.</summary>
    public string? Mobiledoc { get; init; }

    /// <summary><c>markdown</c>: the Markdown source of exports before Ghost 1 (later ones keep it in a mobiledoc card).</summary>
    public string? Markdown { get; init; }

    /// <summary><c>lexical</c>: a JSON document in a string.</summary>
    public string? Lexical { get; init; }

    /// <summary><c>html</c>: Ghost's own rendering of the post.</summary>
    public string? Html { get; init; }

    /// <summary><c>feature_image</c>.</summary>
    public string? FeatureImage { get; init; }

    /// <summary><c>featured</c>.</summary>
    public bool Featured { get; init; }

    /// <summary><c>created_at</c>.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary><c>updated_at</c>.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary><c>published_at</c>: the publication time, in the future for a scheduled post.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary><c>custom_excerpt</c>.</summary>
    public string? CustomExcerpt { get; init; }

    /// <summary><c>meta_description</c>, from the post (older exports) or its <c>posts_meta</c> row.</summary>
    public string? MetaDescription { get; init; }

    /// <summary><c>author_id</c> of exports before Ghost 1, which had one author per post and no <c>posts_authors</c>.</summary>
    public string? AuthorId { get; init; }

    /// <summary>Why the row cannot be read (a field of the wrong type), or null.</summary>
    public string? Error { get; init; }
}
