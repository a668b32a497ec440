using Platform.Blogging.Content;

namespace Platform.Gateway.Api.Blogs;

/// <summary>
/// The body of <c>POST /api/v1/blogs</c>: <c>name</c> and <c>title</c> are required. <c>ownerEmail</c>, when given,
/// binds the first owner's invitation to that address and mails it; without it the link is for whoever holds it.
/// </summary>
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
    string? ExcerptSeparator = null,
    string? OwnerEmail = null);
