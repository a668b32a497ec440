namespace Platform.Gateway.Api.Posts;

/// <summary>A post for its authors: source, rendered HTML, status, dates and counters. Its ETag is <c>"r{revision}"</c>.</summary>
internal sealed record PostResource(
    string Id,
    string Slug,
    string Url,
    string Title,
    string Status,
    DateTimeOffset Date,
    DateTimeOffset? LastModified,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Categories,
    string Excerpt,
    string? Description,
    string? Image,
    string Html,
    string Markdown,
    long Revision,
    long Views,
    long Likes,
    string? Owner);
