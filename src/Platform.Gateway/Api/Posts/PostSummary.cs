namespace Platform.Gateway.Api.Posts;

/// <summary>A post in a list: what the blog's index knows, without the body.</summary>
internal sealed record PostSummary(
    string Id,
    string Slug,
    string Url,
    string Title,
    string Status,
    DateTimeOffset Date,
    DateTimeOffset? LastModified,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Categories,
    string Excerpt,
    long Revision);
