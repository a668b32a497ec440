using Platform.Blogging.Content;

namespace Platform.Gateway.Api.Blogs;

/// <summary>The body of <c>POST /api/v1/blogs</c>: <c>name</c> and <c>title</c> are required.</summary>
internal sealed record CreateBlogRequest(
    string? Name,
    string? Title,
    string? Locale = null,
    string? TimeZone = null,
    string? Description = null,
    string? Author = null,
    string? PermalinkPattern = null,
    IReadOnlyList<string>? CustomDomains = null,
    int? PostsPerPage = null,
    string? OwnerTokenName = null,
    MarkdownDialect? MarkdownDialect = null,
    string? ExcerptSeparator = null);
